// The trees of real source in the code analysers' languages that `lookalikeScan.ts --languages` reads:
// Debian packages unpacked (`dpkg-deb -x`, no maintainer scripts) each language into its own folder
// under LANGUAGE_ROOT. Unpacked, not installed: an install writes /etc and /usr/share/doc, which
// `--system` reads, so every engineer's `--system` figure would move; and it brings interpreters the
// scan does not need. README, "Real code in the analysers' languages", has the commands.
import { existsSync } from 'node:fs';
import { SYSTEM_TREES } from './textTrees';

export const LANGUAGE_ROOT = '/var/lib/flywheel-lookalike';

export interface LanguageTree {
  language: string;
  /** Where the scan reads it. */
  path: string;
  /** The Debian packages unpacked there (or installed, for a system path). */
  packages: string[];
}

export const LANGUAGE_TREES: LanguageTree[] = [
  {
    language: 'ruby',
    path: `${LANGUAGE_ROOT}/ruby`,
    packages: ['libruby3.1', 'ruby-activemodel', 'ruby-activerecord', 'ruby-activesupport', 'ruby-actionpack', 'ruby-actionmailer',
      'ruby-railties', 'ruby-devise', 'ruby-omniauth', 'ruby-oauth2', 'ruby-jwt', 'ruby-net-ssh', 'ruby-aws-sdk-core'],
  },
  {
    language: 'php',
    path: `${LANGUAGE_ROOT}/php`,
    packages: ['php-laravel-framework', 'php-symfony-security-core', 'php-symfony-security-http', 'php-symfony-http-foundation',
      'php-symfony-mailer', 'php-guzzlehttp-guzzle', 'php-phpseclib3', 'php-doctrine-dbal', 'php-firebase-php-jwt', 'phpmyadmin'],
  },
  {
    language: 'java',
    path: `${LANGUAGE_ROOT}/java`,
    packages: ['openjdk-17-source (src.zip unzipped to java/src)', 'tomcat10-examples'],
  },
  {
    language: 'go',
    path: `${LANGUAGE_ROOT}/go`,
    packages: ['golang-golang-x-oauth2-dev', 'golang-golang-x-crypto-dev', 'golang-github-go-sql-driver-mysql-dev', 'golang-github-lib-pq-dev'],
  },
  { language: 'javascript', path: `${LANGUAGE_ROOT}/javascript`, packages: ['node-express', 'node-jsonwebtoken', 'node-passport'] },
  { language: 'perl', path: '/usr/share/perl/5.36', packages: ['perl-modules-5.36 (installed)'] },
];

/** The trees a scan reads: those named (default this repository's node_modules, but not for --languages alone), then
 * --system's and --languages' present ones; an absent language tree is named on stderr with the packages it expects. */
export function scanRoots(named: string[], args: string[]): string[] {
  const languagesAlone = args.includes('--languages') && !args.includes('--system');
  const roots = named.length > 0 ? [...named] : languagesAlone ? [] : ['node_modules'];
  if (args.includes('--system')) roots.push(...SYSTEM_TREES.filter((t) => existsSync(t)));
  if (args.includes('--languages')) {
    for (const tree of LANGUAGE_TREES) {
      if (existsSync(tree.path)) roots.push(tree.path);
      else console.error(`skipped ${tree.language}: ${tree.path} absent (expects ${tree.packages.join(', ')})`);
    }
  }
  return roots;
}
