// The eighteenth round's rules' own examples (guardlang: bench/guard/grammarCellsByLanguage.ts found each
// grammar leaking): a documented way of writing a secret, and look-alikes of the same grammar.
import type { RuleExamples } from './ruleExamples';

export const languageGrammarExamples: Readonly<Record<string, RuleExamples>> = {
  // R's rightward assignment (R Language Definition, "Assignment"): the name after its value.
  'right-assignment': {
    secrets: [
      '"⟦Xk29fLm3pQ8zR4tV⟧" -> api_token',
      "'⟦Sunflower42⟧' ->> db.password",
      'f <- function() {\n  "⟦Sunflower42⟧" -> password\n}',
      'x <- 1; "⟦Xk29fLm3pQ8zR4tV⟧" -> GITHUB_TOKEN',
      '"⟦my-team-token⟧" -> api_token',
    ],
    clean: [
      '"https://api.example.com" -> base_url',
      '"" -> password',
      // (A name of words given to an issued key is a name; `"your-api-token"` addresses the reader, the policy's literal.)
      '"accessToken" -> api_token',
      // A literal after `case` or `|` is a pattern a value is matched against, not a value assigned.
      'case "Xk29fLm3pQ8zR4tV" -> token;',
      '| "Sunflower42" -> password',
      // A function's result, and a member or call after the arrow (C's `->`, PHP's).
      '"Xk29fLm3pQ8zR4tV" -> token()',
      'p->password = "x"',
    ],
  },
  // Elixir's module attribute at its line's start (guardleft, nineteenth round).
  'module-attribute': {
    secrets: [
      '@api_key "⟦Xk29fLm3pQ8zR4tV⟧"',
      'defmodule App.Client do\n  @client_secret "⟦Sunflower42⟧"\n  @base_url "https://api.example.com"\nend',
    ],
    clean: [
      '@moduledoc "The API client."',
      '@api_key System.get_env("API_KEY")',
      '@api_key "#{System.get_env("API_KEY")}"',
      '@password ""',
      'mail admin@token "hello"',
      ' * @param token "the token to send"',
      '@import "theme.css";',
    ],
  },
  // A default declared for a secret-named option or setting, in the declaration's own argument list.
  'option-default': {
    secrets: [
      'parser.add_argument("--password", default="⟦Sunflower42⟧")',
      "@click.option('--api-token', default='⟦Xk29fLm3pQ8zR4tV⟧', help='API token')",
      '@ConfigProperty(name = "api.token", defaultValue = "⟦Xk29fLm3pQ8zR4tV⟧")',
      '#[arg(long, env = "DB_PASSWORD", default_value = "⟦Sunflower42⟧")]',
      'Password string `env:"DB_PASSWORD" envDefault:"⟦Sunflower42⟧"`',
    ],
    clean: [
      'parser.add_argument("--password", default=None)',
      'parser.add_argument("--password", default="")',
      'parser.add_argument("--password-file", default="~/.pw")',
      'parser.add_argument("--host", default="localhost")',
      '@ConfigProperty(name = "api.token", defaultValue = "${API_TOKEN}")',
      'Password string `env:"DB_PASSWORD" envDefault:"changeme"`',
      'parser.add_argument("--token", help="the token"); parser.set_defaults(format="json")',
      'get_secret("password", default="<password>")',
    ],
  },
};
