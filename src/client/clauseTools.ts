// The plan's clause controls: "复制链接 / Copy link" copies the clause's address (without scripts it stays a
// plain link to the clause) and says "已复制 / Copied" on the control and through a live region; "引用 / Cite"
// opens the clause's citation in GB/T 7714 style and in English (src/lib/plan/citation.ts), each with a copy
// button. The words and the plan's facts come from the page (components/ClauseTools.astro).
import { citeEnglish, citeGbt7714 } from '../lib/plan/citation.ts';
import { clauseNumber } from '../lib/plan/clauseRef.ts';
import { isLang, type Lang } from '../i18n/locales.ts';

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
  const lang = (key: string): Lang => {
    const value = config[key];
    if (!isLang(value)) throw new Error(`clause tools: data-${key} "${value}" is not a language of the locale table`);
    return value;
  };
  const sourceLang = lang('sourceLang');
  const englishLang = lang('englishLang');

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

  document.querySelectorAll<HTMLAnchorElement>('a.clause-link').forEach((link) => {
    link.addEventListener('click', async (event) => {
      // A new tab or window, or a copy from the context menu, is the browser's job.
      if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      history.replaceState(history.state, '', link.hash);
      const label = link.querySelector<HTMLElement>('.clause-link__copy') ?? link;
      confirm(label, await copy(link.href));
    });
  });

  function citations(id: string): { gbt: string; english: string } {
    const clause = (l: Lang) => (id === 'title' ? undefined : clauseNumber(id, l));
    const accessed = today();
    const here = new URL(location.href);
    here.hash = id;
    const original = new URL(words('sourcePath'), location.origin);
    original.hash = id;
    return {
      gbt: citeGbt7714({
        issuer: words('gbtIssuer'),
        title: words('gbtTitle'),
        clause: clause(sourceLang),
        issued: words('issued'),
        url: original.href,
        accessed,
      }),
      english: citeEnglish(
        {
          issuer: words('englishIssuer'),
          title: words('englishTitle'),
          clause: clause(englishLang),
          issued: words('issued'),
          url: here.href,
          accessed,
        },
        words('englishNote'),
      ),
    };
  }

  function panelFor(button: HTMLButtonElement, id: string): HTMLElement {
    const { gbt, english } = citations(id);
    const panel = document.createElement('div');
    panel.className = 'cite-panel';
    panel.id = `cite-${id}`;
    panel.setAttribute('role', 'group');
    panel.setAttribute('aria-label', `${words('citeTitle')} ${clauseNumber(id, sourceLang) ?? ''}`.trim());
    const title = document.createElement('p');
    title.className = 'cite-panel__title';
    title.textContent = panel.getAttribute('aria-label');
    const list = document.createElement('dl');
    for (const [term, text, textLang] of [
      [words('citeGbt'), gbt, words('sourceHtmlLang')],
      [words('citeEnglish'), english, words('englishHtmlLang')],
    ]) {
      const dt = document.createElement('dt');
      dt.textContent = term;
      const dd = document.createElement('dd');
      const p = document.createElement('p');
      p.textContent = text;
      p.lang = textLang;
      const copyButton = document.createElement('button');
      copyButton.type = 'button';
      copyButton.textContent = words('citeCopy');
      copyButton.setAttribute('aria-label', `${words('citeCopy')} ${term}`);
      copyButton.addEventListener('click', async () => confirm(copyButton, await copy(text)));
      dd.append(p, copyButton);
      list.append(dt, dd);
    }
    const close = document.createElement('button');
    close.type = 'button';
    close.textContent = words('citeClose');
    close.addEventListener('click', () => {
      toggle(button, false);
      button.focus();
    });
    panel.append(title, list, close);
    return panel;
  }

  function toggle(button: HTMLButtonElement, open: boolean): void {
    const id = button.dataset.cite!;
    const clause = document.getElementById(id);
    if (!clause) return;
    let panel = document.getElementById(`cite-${id}`);
    if (open && !panel) {
      panel = panelFor(button, id);
      clause.after(panel);
      button.setAttribute('aria-controls', panel.id);
    }
    if (panel) panel.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
  }

  document.querySelectorAll<HTMLButtonElement>('button.clause-cite[data-cite]').forEach((button) => {
    button.addEventListener('click', () => toggle(button, button.getAttribute('aria-expanded') !== 'true'));
  });
}
