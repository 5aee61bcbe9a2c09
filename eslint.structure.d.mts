import type { Linter } from 'eslint';
export declare const structureRules: Linter.Config[];
