// The emergency disclaimer, in one place for the page, the error panels, presenter mode, handouts and exports.

/** Its sentences, in the order they are shown. */
export const EMERGENCY_NOTICE = {
  heading: 'Is this an emergency?',
  action: 'If you are experiencing serious medical symptoms, seek emergency treatment immediately.',
  crisisLine: 'Call your local emergency number or a crisis line (United States: call or text 988).',
  purpose: 'For learning only: not medical advice.',
} as const;

/** The heading, the action and the crisis line as one paragraph, for pictures and pages with room for one line. */
export const EMERGENCY_NOTICE_TEXT = [
  EMERGENCY_NOTICE.heading,
  EMERGENCY_NOTICE.action,
  EMERGENCY_NOTICE.crisisLine,
].join(' ');
