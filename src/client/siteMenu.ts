// The header's "菜单 / Menu" button: opens and folds the panel it controls. Without a script the panel is
// simply open (the CSS folds it only under html.js), so nothing here is needed to reach the navigation.

/** Wires every [data-menu-toggle] button to the panel named by its aria-controls. */
export function enableSiteMenu(root: ParentNode = document): void {
  root.querySelectorAll<HTMLButtonElement>('[data-menu-toggle]').forEach((button) => {
    button.addEventListener('click', () => {
      const open = button.getAttribute('aria-expanded') !== 'true';
      button.setAttribute('aria-expanded', String(open));
      const panel = document.getElementById(button.getAttribute('aria-controls') ?? '');
      panel?.classList.toggle('is-open', open);
    });
  });
}
