// What the user would see, end to end through the engine (in-process model streaming line by
// line): the multi-line decision, block truncation and post-processing together, on everyday
// spots in TypeScript, JavaScript, Python, Go, Rust, Java and C.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CompletionEngine } from '../../../src/core/completion/completionEngine';
import { atCursor, instantClock, scriptedModel, syntaxService } from './completionTestSupport';

interface Scenario {
  readonly name: string;
  readonly languageId: string;
  readonly doc: string;
  /** What the model streams, chunk by chunk (it goes on past the point where we should stop). */
  readonly stream: readonly string[];
  readonly shown: string;
}

const scenarios: readonly Scenario[] = [
  { name: 'TS: auto-closed braces on the cursor line', languageId: 'typescript', doc: 'if (ready) {█}\n',
    stream: ['\n  start();\n', '}\n', 'other();\n'], shown: '\n  start();\n}' },
  { name: 'TS: empty method body', languageId: 'typescript', doc: 'class A {\n  greet(name: string): string {\n    █\n  }\n\n  other() {}\n}\n',
    stream: ['return `Hello, ${name}`;\n', '  }\n', '\n', '  farewell() {\n'], shown: 'return `Hello, ${name}`;' },
  { name: 'TS: arrow function opener keeps its closer', languageId: 'typescript', doc: 'const add = (a: number, b: number) => {█\n',
    stream: ['\n  return a + b;\n', '};\n', '\nconst sub = 1;\n'], shown: '\n  return a + b;\n};' },
  { name: 'TS: if/else continues past the first closer', languageId: 'typescript', doc: 'function f(x: number) {\n  if (x > 0) {█\n}\n',
    stream: ['\n    return 1;\n', '  } else {\n', '    return -1;\n', '  }\n', '  return 0;\n'], shown: '\n    return 1;\n  } else {\n    return -1;\n  }' },
  { name: 'JS: callback opener', languageId: 'javascript', doc: 'items.forEach((item) => {█\n',
    stream: ['\n  console.log(item);\n', '});\n', 'done();\n'], shown: '\n  console.log(item);\n});' },
  { name: 'JS: new function at the end of the file', languageId: 'javascript', doc: 'import fs from "fs";\n\n█\n',
    stream: ['function read(p) {\n', '  return fs.readFileSync(p, "utf8");\n', '}\n', '\n', 'function write(p) {\n'],
    shown: 'function read(p) {\n  return fs.readFileSync(p, "utf8");\n}' },
  { name: 'Python: def line with a think block first', languageId: 'python', doc: 'def load(path):█\n\n\ndef save(path, data):\n    pass\n',
    stream: ['<think>read a file</think>', '\n    with open(path) as f:\n', '        return f.read()\n', '\n\ndef other():\n', '    pass\n'],
    shown: '\n    with open(path) as f:\n        return f.read()' },
  { name: 'Python: fenced reply at an indented cursor', languageId: 'python', doc: 'def load(path):\n    █\n',
    stream: ['```python\n', 'with open(path) as f:\n', '        return f.read()\n', '```\n', 'This opens the file.\n'],
    shown: 'with open(path) as f:\n        return f.read()' },
  { name: 'Python: nested if in a method', languageId: 'python', doc: 'class A:\n    def f(self, x):\n        if x:█\n        return None\n',
    stream: ['\n            return x * 2\n', '        return None\n'], shown: '\n            return x * 2' },
  { name: 'Python: try/except continues the statement', languageId: 'python', doc: 'def f():\n    try:█\n',
    stream: ['\n        risky()\n', '    except ValueError:\n', '        pass\n', '\n', 'def g():\n'], shown: '\n        risky()\n    except ValueError:\n        pass' },
  { name: 'Python: loop body', languageId: 'python', doc: 'for i in range(10):█\n',
    stream: ['\n    print(i)\n', 'print("done")\n'], shown: '\n    print(i)' },
  { name: 'Python: new function at the end of the file', languageId: 'python', doc: 'import os\n\n\n█\n',
    stream: ['def main():\n', '    print(os.getcwd())\n', '\n', '\n', 'if __name__ == "__main__":\n', '    main()\n'], shown: 'def main():\n    print(os.getcwd())' },
  { name: 'Go: for loop', languageId: 'go', doc: 'func main() {\n\tfor i := 0; i < 3; i++ {█\n}\n',
    stream: ['\n\t\tfmt.Println(i)\n', '\t}\n', '\tfmt.Println("x")\n', '}\n'], shown: '\n\t\tfmt.Println(i)\n\t}' },
  { name: 'Go: if err', languageId: 'go', doc: 'func f() error {\n\tx, err := g()\n\tif err != nil {█\n\treturn nil\n}\n',
    stream: ['\n\t\treturn err\n', '\t}\n', '\treturn nil\n'], shown: '\n\t\treturn err\n\t}' },
  { name: 'Rust: match', languageId: 'rust', doc: 'fn f(x: Option<i32>) -> i32 {\n    match x {█\n}\n',
    stream: ['\n        Some(v) => v,\n', '        None => 0,\n', '    }\n', '}\n'], shown: '\n        Some(v) => v,\n        None => 0,\n    }' },
  { name: 'Java: method body', languageId: 'java', doc: 'class A {\n    int sum(int[] xs) {\n        █\n    }\n}\n',
    stream: ['int total = 0;\n', '        for (int x : xs) {\n', '            total += x;\n', '        }\n', '        return total;\n', '    }\n', '\n', '    int other() {\n'],
    shown: 'int total = 0;\n        for (int x : xs) {\n            total += x;\n        }\n        return total;' },
  { name: 'C: function body', languageId: 'c', doc: 'int main(void) {\n    █\n}\n',
    stream: ['printf("hi\\n");\n', '    return 0;\n', '}\n', '\nint other(void) {\n'], shown: 'printf("hi\\n");\n    return 0;' },
  { name: 'TS: the last line of an object literal goes on with the sibling keys', languageId: 'typescript', doc: 'const user = {\n  name: "a",\n  █\n};\n',
    stream: ['age: 3,\n', '  email: "x",\n', '};\n'], shown: 'age: 3,\n  email: "x",' },
];

for (const scenario of scenarios) {
  test(scenario.name, async () => {
    const model = scriptedModel();
    model.script(scenario.stream);
    const engine = new CompletionEngine({ getModel: async () => model, syntax: await syntaxService(), clock: instantClock() });
    const { text, offset } = atCursor(scenario.doc);
    const result = await engine.provideCompletion(
      { uri: 'file:///w/x', relativePath: 'x', languageId: scenario.languageId, text, version: 1, offset },
      { trigger: 'automatic' },
    );
    assert.equal(result?.text, scenario.shown);
    engine.dispose();
  });
}
