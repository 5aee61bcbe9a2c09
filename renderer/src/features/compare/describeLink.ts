// The same rule prints in shared reports (study comparisons), so it lives in shared/report.
export { describeLink } from '../../../../shared/report';
