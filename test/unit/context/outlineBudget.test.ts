// Outlines spend tokens, not lines; overload families are shown once; the packer makes an
// over-long outline fit by its own ranking and keeps a definition's header. Real grammars,
// real files on disk for the engine cases.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { classOutline, DEFINITION_OUTLINE_TOKENS } from '../../../src/core/context/classOutline';
import { definitionSnippet } from '../../../src/core/context/definitionSnippets';
import { parameterList } from '../../../src/core/context/overloadFamilies';
import { symbolDefinitionCandidates } from '../../../src/core/context/symbolDefinitions';
import { packIntoBudget } from '../../../src/core/context/tokenBudget';
import type { ContextCandidate } from '../../../src/core/context/contextTypes';
import { fuseCandidates } from '../../../src/core/context/rankFusion';
import { SyntaxService } from '../../../src/core/syntax/syntaxService';
import { estimateTokens } from '../../../src/core/tokenEstimator';
import { DiskWorkspace } from './diskWorkspace';
import { settledContext } from './settledContext';
import { analyzeText } from './analyzeText';

let syntax: SyntaxService;
before(async () => {
  syntax = await SyntaxService.create({ defaultTimeoutMs: 10_000 });
});
after(() => syntax.dispose());

const analyze = (path: string, languageId: string, text: string) => analyzeText(syntax, path, languageId, text);

function tokensOf(text: string): number {
  return text.split('\n').reduce((n, line) => n + estimateTokens(line) + 1, 0);
}

const javaHelpers = Array.from({ length: 24 }, (_, i) => `    public static CompletableFuture<HttpResponse<String>> sendAsyncRequest${i}(HttpRequest request, Executor executor) {\n        return null;\n    }\n`).join('\n');
const pythonHelpers = Array.from({ length: 24 }, (_, i) => `    def run${i}(self, x):\n        return x\n`).join('\n');

test('outlines are cut by tokens: a class of long Java signatures keeps fewer lines than one of short Python ones, both in budget', async () => {
  const java = await analyze('net/Client.java', 'java', `package net;\n\npublic final class Client {\n${javaHelpers}}\n`);
  const python = await analyze('pkg/runner.py', 'python', `class Runner:\n${pythonHelpers}`);
  const budget = 200;
  const j = classOutline(java, java.byName.get('Client')![0], budget).text;
  const p = classOutline(python, python.byName.get('Runner')![0], budget).text;
  assert.ok(tokensOf(j) <= budget, `${tokensOf(j)} tokens:\n${j}`);
  assert.ok(tokensOf(p) <= budget, `${tokensOf(p)} tokens:\n${p}`);
  assert.ok(j.split('\n').length < p.split('\n').length, 'a Java line costs more than a Python one');
  assert.match(j, /\/\/ … \d+ more members$/);
  assert.equal(classOutline(python, python.byName.get('Runner')![0], 10_000).text.split('\n').length, 25, 'in budget, nothing is left out');
});

test('a class outline looked up by name is under the same token rule: its member related to the cursor stays', async () => {
  const java = await analyze('net/Client.java', 'java', `package net;\n\npublic final class Client {\n${javaHelpers}\n    public void close() {\n    }\n}\n`);
  const client = java.byName.get('Client')![0];
  const snippet = definitionSnippet(java, client, 0, (name) => (name === 'close' ? 1 : 0));
  assert.ok(tokensOf(snippet.text) <= DEFINITION_OUTLINE_TOKENS, `${tokensOf(snippet.text)} tokens`);
  assert.match(snippet.text, /^public final class Client \{/, 'the header first');
  assert.match(snippet.text, /public void close\(\)/);
  // Less room: made again at that size, the related member kept, not the first lines in source order.
  const small = snippet.fitTo!(60);
  assert.ok(tokensOf(small) <= 60, small);
  assert.match(small, /^public final class Client \{\n {4}public void close\(\) \{\n {4}\/\/ … 24 more members$/);
});

const loggerJava = `package net;

public interface Logger {
    /** Whether logging is on. */
    public default boolean on() {
        return true;
    }

    /** Logs a message. */
    public default void log(String msg) {
        log(Level.DEBUG, msg);
    }

    /** Logs a lazily supplied message. */
    public default void log(Supplier<String> msgSupplier) {
        log(Level.DEBUG, msgSupplier);
    }

    public default void log(Object obj) {
        log(Level.DEBUG, obj);
    }

    public void log(Level level, String format, Object... params);
}
`;

test('Java overloads are one member: the first signature whole and one line with the others\' parameters', async () => {
  const file = await analyze('net/Logger.java', 'java', loggerJava);
  const outline = classOutline(file, file.byName.get('Logger')![0]).text;
  assert.equal(
    outline,
    [
      'public interface Logger {',
      '    public default boolean on() {',
      '    public default void log(String msg) {',
      '    // also log(Supplier<String> msgSupplier), log(Object obj), log(Level level, String format, Object... params)',
    ].join('\n'),
  );
  // Looked up by name: one candidate for the family, so a second file's definition of the name still has room.
  const found = symbolDefinitionCandidates(['log'], { imported: [file], open: [] }, new Set());
  assert.equal(found.length, 1);
  assert.equal(found[0].text, '    public default void log(String msg) {\n    // also log(Supplier<String> msgSupplier), log(Object obj), log(Level level, String format, Object... params)');
});

test('C++ overloads declared in a class are one family; a lone method is left as it is', async () => {
  const file = await analyze('src/printer.h', 'cpp', `namespace io {
class Printer {
 public:
  void Print(int value);
  void Print(const std::string& text, bool newline = true);
  void Print(double value, int precision);
  int Width() const;
};
}  // namespace io
`);
  const outline = classOutline(file, file.byName.get('Printer')![0]).text;
  assert.match(outline, /^ {2}void Print\(int value\);\n {2}\/\/ also Print\(const std::string& text, bool newline = true\), Print\(double value, int precision\)$/m);
  assert.match(outline, /int Width\(\) const;/);
  assert.equal(outline.match(/void Print/g)?.length, 1);
});

test('parameter lists keep nested parentheses and squash line breaks', () => {
  assert.equal(parameterList('void run(Callable<Void> task,\n        Function<Integer, (int)> f) {', 'run'), '(Callable<Void> task, Function<Integer, (int)> f)');
  assert.equal(parameterList('fn other()', 'run'), undefined);
});

function candidate(path: string, text: string, extra: Partial<ContextCandidate> = {}): ContextCandidate {
  return { path, text, source: 'symbolDefinitions', sourceScore: 1, startLine: 0, endLine: text.split('\n').length - 1, ...extra };
}

test('the packer fits an over-long candidate by its own rule, and keeps a definition\'s header line when no more fits', () => {
  const outline = ['class Big {', ...Array.from({ length: 40 }, (_, i) => `    void member${i}(int a, int b) {`)].join('\n');
  const fitted = 'class Big {\n    void member39(int a, int b) {\n    // … 39 more members';
  const calls: number[] = [];
  const fitTo = (tokens: number): string => {
    calls.push(tokens);
    return fitted;
  };
  const packed = packIntoBudget(fuseCandidates([{ weight: 1, candidates: [candidate('a/Big.java', outline, { fitTo })] }]), 200, estimateTokens);
  assert.equal(packed.snippets[0]?.text, fitted, 'its own ranking, not its first lines');
  assert.ok(calls[0] < 200);
  // A definition whose signature alone fits keeps it; a plain chunk needs three lines.
  const header = 'public static CompletableFuture<HttpResponse<String>> sendAsync(HttpRequest request, BodyHandler<String> handler) {\n        return client.sendAsync(request, handler).thenApply(response -> response);\n    }';
  const tight = 90;
  const definition = packIntoBudget(fuseCandidates([{ weight: 1, candidates: [candidate('a/Client.java', header, { defines: 'sendAsync' })] }]), tight, estimateTokens);
  assert.equal(definition.snippets[0]?.text, header.split('\n')[0]);
  const chunk = packIntoBudget(fuseCandidates([{ weight: 1, candidates: [candidate('a/Client.java', header)] }]), tight, estimateTokens);
  assert.equal(chunk.snippets.length, 0);
});

test('engine, Java on disk: a logger\'s overloads cost one family in the context, and the class the cursor calls is outlined within budget', async () => {
  const ws = new DiskWorkspace({
    'src/net/Logger.java': loggerJava,
    'src/net/Client.java': `package net;\n\npublic final class Client {\n${javaHelpers}\n    public void close() {\n    }\n}\n`,
    'src/net/Sender.java': 'package net;\n\nclass Sender {\n    private final Logger debug = null;\n    private final Client client = null;\n\n    void stop() {\n        debug.log("stopping");\n        client.<|>\n    }\n}\n',
  });
  try {
    const doc = ws.openAtCursor('src/net/Sender.java');
    const result = await settledContext(ws, syntax, doc, 1024);
    // Similar code may show Logger.java's own lines; definitions and outlines show the family once.
    const text = result.snippets.filter((s) => s.source !== 'similarCode').map((s) => s.text).join('\n');
    // The family's first signature in its definition and in the Logger outline at most, never the other overloads one by one.
    assert.ok((text.match(/public default void log\(String msg\) \{/g)?.length ?? 0) <= 2, text);
    assert.match(text, /\/\/ also log\(Supplier<String> msgSupplier\), log\(Object obj\)/);
    assert.doesNotMatch(text, /void log\(Supplier<String> msgSupplier\) \{/);
    assert.match(text, /public final class Client \{/);
    for (const snippet of result.snippets) assert.ok(snippet.tokens <= 0.4 * 1024, `${snippet.path}: ${snippet.tokens}`);
  } finally {
    ws.dispose();
  }
});
