export { correctedRow, type CorrectedStoredSpec, type CorrectionState } from './correctedRow';
export { deleteCorrection, saveCorrection, type CorrectionWrite } from './correctionStore';
export { loadCorrected } from './loadCorrected';
