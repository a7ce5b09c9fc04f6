/**
 * Where the accessibility statement is and whom to write to about accessibility problems (issue 16). The Danish
 * web-accessibility act asks every public-sector site for a statement linked from every page; the statement itself
 * is made and published in the Agency for Digital Government's WAS tool, so the app only links to it. Read per
 * request from the environment (README, Configuration).
 */
export type AccessibilityConfig = {
  /** KLYNGEPORTALEN_ACCESSIBILITY_STATEMENT_URL: the published statement (http or https), or null. */
  statementUrl: string | null;
  /** KLYNGEPORTALEN_ACCESSIBILITY_EMAIL: where users report accessibility problems, or null. */
  email: string | null;
};

export function accessibilityConfig(env: Record<string, string | undefined> = process.env): AccessibilityConfig {
  return {
    statementUrl: webUrl(env.KLYNGEPORTALEN_ACCESSIBILITY_STATEMENT_URL),
    email: email(env.KLYNGEPORTALEN_ACCESSIBILITY_EMAIL),
  };
}

/** Only an absolute http(s) URL becomes a link: anything else (a typo, `javascript:`) is ignored. */
function webUrl(value: string | undefined): string | null {
  if (!value?.trim()) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === "https:" || url.protocol === "http:" ? url.toString() : null;
  } catch {
    return null;
  }
}

function email(value: string | undefined): string | null {
  const trimmed = value?.trim() ?? "";
  return /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(trimmed) ? trimmed : null;
}
