import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { pageCss, REPORT_CSS } from '../../../../shared/report';
import { useAdoptedStyleSheet } from './useAdoptedStyleSheet';
import './print.css';

type PrintPortalProps = Readonly<{ runningHeader: string; dateText: string; children: ReactNode }>;

/**
 * The print layout of the current view, outside the app's root so print CSS can hide everything else.
 * Hidden on screen; the page rules carry the running header (escaped as CSS strings by pageCss).
 */
export function PrintPortal({ runningHeader, dateText, children }: PrintPortalProps) {
  useAdoptedStyleSheet(`${pageCss(runningHeader, dateText)}\n${REPORT_CSS}`);
  return createPortal(
    <div className="print-root" aria-hidden="true">
      <div className="rc-report">{children}</div>
    </div>,
    document.body,
  );
}
