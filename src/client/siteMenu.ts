// The header's "菜单 / Menu" button: opens and folds the panel it controls. Without a script the panel is
// simply open (the CSS folds it only under html.js), so nothing here is needed to reach the navigation.
// Escape folds an open panel and puts focus back on its button, as a disclosure menu should (WAI-ARIA APG,
// "Disclosure Navigation Menu"), so a keyboard or switch user is never left inside a panel they cannot see out of.
// Switching 大字模式 folds an open panel too: the reader pressed it to read the page, which the panel covers; focus
// stays on the large-text button, which is in the bar, beside 菜单.
import { READING_MODE_CHANGE } from './readingModeToggle.ts';

/** Wires every [data-menu-toggle] button to the panel named by its aria-controls. */
export function enableSiteMenu(root: ParentNode = document): void {
  root.querySelectorAll<HTMLButtonElement>('[data-menu-toggle]').forEach((button) => {
    const panel = () => document.getElementById(button.getAttribute('aria-controls') ?? '');
    const setOpen = (open: boolean) => {
      button.setAttribute('aria-expanded', String(open));
      panel()?.classList.toggle('is-open', open);
    };
    button.addEventListener('click', () => setOpen(button.getAttribute('aria-expanded') !== 'true'));
    document.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || button.getAttribute('aria-expanded') !== 'true') return;
      setOpen(false);
      button.focus();
    });
    document.addEventListener(READING_MODE_CHANGE, () => setOpen(false));
  });
}
