// The route chooser's form: shows only the advice block that matches the answers.
export function enableRouteChooser(): void {
  document.querySelectorAll<HTMLFormElement>('[data-route-chooser]').forEach((form) => {
    const blocks = [...(form.parentElement?.querySelectorAll<HTMLElement>('[data-route-for]') ?? [])];
    const show = (key: string | undefined) =>
      blocks.forEach((block) => (block.hidden = block.dataset.routeFor !== key));
    form.hidden = false;
    show(undefined);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const data = new FormData(form);
      show(`${data.get('right')}:${data.get('countries')}`);
    });
  });
}
