import type { Linter } from 'eslint';
export declare const structureRules: Linter.Config[];
export declare const MAX_FILE_LINES: number;
