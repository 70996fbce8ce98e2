// Answers as Markdown: markdown-it with raw HTML off (answers are untrusted), highlight.js core
// with a set of common languages (a small bundle), and a toolbar on every fenced code block.
import hljs from 'highlight.js/lib/core';
import bash from 'highlight.js/lib/languages/bash';
import c from 'highlight.js/lib/languages/c';
import cpp from 'highlight.js/lib/languages/cpp';
import csharp from 'highlight.js/lib/languages/csharp';
import css from 'highlight.js/lib/languages/css';
import diff from 'highlight.js/lib/languages/diff';
import dockerfile from 'highlight.js/lib/languages/dockerfile';
import go from 'highlight.js/lib/languages/go';
import ini from 'highlight.js/lib/languages/ini';
import java from 'highlight.js/lib/languages/java';
import javascript from 'highlight.js/lib/languages/javascript';
import json from 'highlight.js/lib/languages/json';
import kotlin from 'highlight.js/lib/languages/kotlin';
import lua from 'highlight.js/lib/languages/lua';
import makefile from 'highlight.js/lib/languages/makefile';
import markdown from 'highlight.js/lib/languages/markdown';
import php from 'highlight.js/lib/languages/php';
import plaintext from 'highlight.js/lib/languages/plaintext';
import python from 'highlight.js/lib/languages/python';
import ruby from 'highlight.js/lib/languages/ruby';
import rust from 'highlight.js/lib/languages/rust';
import scss from 'highlight.js/lib/languages/scss';
import shell from 'highlight.js/lib/languages/shell';
import sql from 'highlight.js/lib/languages/sql';
import swift from 'highlight.js/lib/languages/swift';
import typescript from 'highlight.js/lib/languages/typescript';
import xml from 'highlight.js/lib/languages/xml';
import yaml from 'highlight.js/lib/languages/yaml';
import MarkdownIt from 'markdown-it';
import { parseFenceInfo } from '../../src/core/chat/chatProtocol';

const languages = {
  bash, c, cpp, csharp, css, diff, dockerfile, go, ini, java, javascript, json, kotlin, lua, makefile, markdown, php,
  plaintext, python, ruby, rust, scss, shell, sql, swift, typescript, xml, yaml,
};
for (const [name, definition] of Object.entries(languages)) hljs.registerLanguage(name, definition);
// VS Code language ids that highlight.js knows by another name.
hljs.registerAliases(['typescriptreact', 'tsx'], { languageName: 'typescript' });
hljs.registerAliases(['javascriptreact', 'jsx'], { languageName: 'javascript' });
hljs.registerAliases(['html', 'vue', 'svelte'], { languageName: 'xml' });
hljs.registerAliases(['shellscript', 'zsh', 'console'], { languageName: 'bash' });
hljs.registerAliases(['jsonc'], { languageName: 'json' });

const md = new MarkdownIt({ html: false, linkify: true, breaks: false });

function escape(text: string): string {
  return md.utils.escapeHtml(text);
}

function highlight(code: string, language: string): string {
  if (language && hljs.getLanguage(language)) return hljs.highlight(code, { language, ignoreIllegals: true }).value;
  return escape(code);
}

type RenderEnv = Record<string, unknown> & {
  blocks: number;
  /** Code actions are offered once the answer is complete. */
  actions: boolean;
};

function actionButton(action: string, iconName: string, title: string, label?: string): string {
  return `<button type="button" class="icon-button${label ? ' with-label' : ''}" data-action="${action}" title="${title}" aria-label="${title}"><span class="codicon codicon-${iconName}" aria-hidden="true"></span>${label ? `<span>${label}</span>` : ''}</button>`;
}

md.renderer.rules.fence = (tokens, idx, _options, rawEnv) => {
  const env = rawEnv as RenderEnv;
  const token = tokens[idx];
  const index = env.blocks++;
  const { language, path } = parseFenceInfo(token.info);
  const caption = [language, path].filter(Boolean).join(' · ') || 'text';
  const actions = env.actions
    ? actionButton('copy', 'copy', 'Copy') + actionButton('insert', 'insert', 'Insert at cursor') + actionButton('apply', 'diff', path ? `Apply to ${escape(path)}` : 'Apply (review as a diff)', 'Apply')
    : '';
  return (
    `<div class="code-block" data-block="${index}">` +
    `<div class="code-toolbar"><span class="code-caption" title="${escape(caption)}">${escape(caption)}</span><span class="code-actions">${actions}</span></div>` +
    `<pre><code class="hljs">${highlight(token.content, language.toLowerCase())}</code></pre></div>`
  );
};

// Links open outside the webview (VS Code routes http(s) links to the browser).
const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  tokens[idx].attrSet('title', tokens[idx].attrGet('href') ?? '');
  return defaultLinkOpen(tokens, idx, options, env, self);
};

/** The answer's HTML; safe to assign to innerHTML (no raw HTML passes through). */
export function renderMarkdown(markdown: string, withActions: boolean): string {
  const env: RenderEnv = { blocks: 0, actions: withActions };
  return md.render(markdown, env);
}

/** One line of Markdown (error messages with `code`), without block elements. */
export function renderInlineMarkdown(markdown: string): string {
  return md.renderInline(markdown);
}
