// Builds DOM elements without HTML strings (text is always text, never markup).
type Child = Node | string | false | null | undefined;
type Attributes = Record<string, string | number | boolean | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (name === 'class') el.className = String(value);
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === false || child === null || child === undefined) continue;
    el.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return el;
}

/** A codicon glyph (from @vscode/codicons, bundled into webview.css). */
export function icon(name: string): HTMLElement {
  return h('span', { class: `codicon codicon-${name}`, 'aria-hidden': 'true' });
}

/** An icon button; the title doubles as its accessible name. */
export function iconButton(name: string, title: string, attributes: Attributes = {}, label?: string): HTMLButtonElement {
  return h('button', { class: `icon-button${label ? ' with-label' : ''}`, title, 'aria-label': title, type: 'button', ...attributes }, icon(name), label ? h('span', {}, label) : undefined);
}
