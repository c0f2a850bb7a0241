// The plan's clause controls: "复制链接 / Copy link" copies the clause's address (without scripts it stays a
// plain link to the clause) and says "已复制 / Copied" on the control and through a live region; "引用 / Cite"
// opens the clause's citation in GB/T 7714 style and in English (src/lib/plan/citation.ts), each with a copy
// button. The words come from the page (components/ClauseTools.astro); the plan's title, issuer and date from
// its facts (src/lib/plan/facts.ts): the GB/T 7714 citation names the original as published, in the source
// language, at its own page; the English one the English title, at the page being read.
import { citeEnglish, citeGbt7714 } from '../lib/plan/citation.ts';
import { CONTENT_LANGS, HTML_LANG, SOURCE_LANG, typographyOf, type ContentLang } from '../i18n/locales.ts';

/** The content language written in Latin script: the English citation's title and clause numbering. */
const ENGLISH = CONTENT_LANGS.find((lang) => typographyOf(lang) === 'latin') ?? SOURCE_LANG;

const FEEDBACK_MS = 2500;

/** The reader's own day, YYYY-MM-DD in their time zone: a citation's "accessed" date is when they read it. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function enableClauseTools(): void {
  const config = document.querySelector<HTMLElement>('[data-clause-tools]')?.dataset;
  const status = document.querySelector<HTMLElement>('[data-clause-status]');
  if (!config || !status) return;
  const words = (key: string) => config[key] ?? '';

  function announce(message: string): void {
    // Emptied first, so the same message said twice is announced twice.
    status!.textContent = '';
    requestAnimationFrame(() => (status!.textContent = message));
  }

  async function copy(text: string): Promise<boolean> {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      return false;
    }
  }

  /** Shows "已复制" in place of a control's label for a moment. */
  function confirm(label: HTMLElement, ok: boolean): void {
    const control = label.closest<HTMLElement>('a, button')!;
    const before = label.textContent;
    announce(words(ok ? 'copied' : 'copyFailed'));
    if (!ok) return;
    label.textContent = words('copied');
    control.dataset.copied = '';
    setTimeout(() => {
      label.textContent = before;
      delete control.dataset.copied;
    }, FEEDBACK_MS);
  }

  /** The page's public address: its canonical link when the site has an address (SITE_URL), else where it was
   *  read. A journalist who read a staging or mirrored copy copied and cited 127.0.0.1 (eleventh review). */
  const pageAddress = (): string =>
    document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href.split('#')[0];

  document.querySelectorAll<HTMLAnchorElement>('a.clause-link').forEach((link) => {
    link.addEventListener('click', async (event) => {
      // A new tab or window, or a copy from the context menu, is the browser's job.
      if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      history.replaceState(history.state, '', link.hash);
      const label = link.querySelector<HTMLElement>('.clause-link__copy') ?? link;
      confirm(label, await copy(new URL(link.hash, pageAddress()).href));
    });
  });

  // The plan's facts as the page states them (ClauseTools.astro): importing facts.ts here would bring every
  // language's dictionary with it, several times this script's size.
  type Facts = Pick<typeof import('../lib/plan/facts.ts'), 'PLAN_ISSUED' | 'PLAN_ISSUER' | 'PLAN_TITLE'> & {
    SITE_NAME: Record<string, string>;
    SITE_OFFICIAL: boolean;
    ORIGINAL_URL?: string;
    CLAUSES: Record<string, Record<string, string | undefined>>;
  };
  const planFacts = JSON.parse(words('planFacts') || '{}') as Facts;

  function citations(id: string, facts: Facts): { gbt: string; english: string } {
    const accessed = today();
    const here = new URL(pageAddress());
    here.hash = id;
    const original = new URL(words('sourcePath'), pageAddress());
    original.hash = id;
    const cite = (l: ContentLang, url: string) => ({
      issuer: facts.PLAN_ISSUER[l],
      title: facts.PLAN_TITLE[l],
      clause: id === 'title' ? undefined : facts.CLAUSES[id]?.[l],
      issued: facts.PLAN_ISSUED,
      originalUrl: facts.ORIGINAL_URL,
      site: { name: facts.SITE_NAME[l] ?? '', official: facts.SITE_OFFICIAL },
      url,
      accessed,
    });
    return {
      gbt: citeGbt7714(cite(SOURCE_LANG, original.href)),
      english: citeEnglish(cite(ENGLISH, here.href), words('englishNote')),
    };
  }

  function panelFor(button: HTMLButtonElement, id: string, planFacts: Facts): HTMLElement {
    const { gbt, english } = citations(id, planFacts);
    const panel = document.createElement('div');
    // An inset (global.css): ways to cite, an aside to the clause it opens under.
    panel.className = 'inset cite-panel';
    panel.id = `cite-${id}`;
    panel.setAttribute('role', 'group');
    panel.setAttribute(
      'aria-label',
      id === 'title'
        ? words('citeTitlePlan')
        : `${words('citeTitle')} ${button.querySelector('.visually-hidden')?.textContent?.trim() ?? ''}`.trim(),
    );
    const title = document.createElement('p');
    title.className = 'cite-panel__title';
    title.textContent = panel.getAttribute('aria-label');
    const list = document.createElement('dl');
    for (const [term, text, textLang] of [
      [words('citeGbt'), gbt, HTML_LANG[SOURCE_LANG]],
      [words('citeEnglish'), english, HTML_LANG[ENGLISH]],
    ]) {
      const dt = document.createElement('dt');
      dt.textContent = term;
      const dd = document.createElement('dd');
      const p = document.createElement('p');
      p.textContent = text;
      p.lang = textLang;
      const copyButton = document.createElement('button');
      copyButton.type = 'button';
      // The site's secondary button (global.css .button): copying is offered beside the citation.
      copyButton.className = 'button button--secondary';
      copyButton.textContent = words('citeCopy');
      copyButton.setAttribute('aria-label', `${words('citeCopy')} ${term}`);
      copyButton.addEventListener('click', async () => confirm(copyButton, await copy(text)));
      dd.append(p, copyButton);
      list.append(dt, dd);
    }
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'button button--secondary';
    close.textContent = words('citeClose');
    close.addEventListener('click', async () => {
      await toggle(button, false);
      button.focus();
    });
    panel.append(title, list, close);
    return panel;
  }

  async function toggle(button: HTMLButtonElement, open: boolean): Promise<void> {
    const id = button.dataset.cite!;
    const clause = document.getElementById(id);
    if (!clause) return;
    let panel = document.getElementById(`cite-${id}`);
    if (open && !panel) {
      panel = panelFor(button, id, planFacts);
      clause.after(panel);
      button.setAttribute('aria-controls', panel.id);
    }
    if (panel) panel.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    // On a phone the panel opened below the screen's edge and readers did not see anything happen.
    if (open && panel) panel.scrollIntoView({ block: 'nearest' });
  }

  // "更多 / More" unfolds the clause's cite and side-by-side tools in place (ClauseTools.astro hides them).
  document.querySelectorAll<HTMLButtonElement>('button.clause-more-toggle').forEach((button) => {
    button.addEventListener('click', () =>
      button.setAttribute('aria-expanded', String(button.getAttribute('aria-expanded') !== 'true')),
    );
  });

  document.querySelectorAll<HTMLButtonElement>('button.clause-cite[data-cite]').forEach((button) => {
    button.addEventListener('click', () => void toggle(button, button.getAttribute('aria-expanded') !== 'true'));
  });
}
