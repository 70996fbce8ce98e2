// What the code at the cursor works on, read from real parse trees in Go, Rust, Java and C#:
// receivers, parameter and local types, fields, and the type `self` stands for.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { receiverTypesAt } from '../../../src/core/context/receiverTypes';
import { SyntaxService } from '../../../src/core/syntax/syntaxService';

let syntax: SyntaxService;
before(async () => {
  syntax = await SyntaxService.create({ defaultTimeoutMs: 10_000 });
});
after(() => syntax.dispose());

async function at(languageId: string, source: string) {
  const offset = source.indexOf('<|>');
  const text = source.replace('<|>', '');
  const tree = (await syntax.parse(languageId, text))!;
  try {
    return receiverTypesAt(languageId, tree, text, offset, text.slice(0, offset).split('\n').length - 1);
  } finally {
    tree.delete();
  }
}

test('Go: the method receiver, parameters, `:=` from constructors and composite literals', async () => {
  const types = await at('go', 'package web\n\nfunc (c *Context) Render(w Writer, code int) {\n\tr := NewRouter()\n\tb := &Buffer{}\n\tc.writer.Flush()\n\t<|>\n}\n');
  assert.deepEqual(types.declared.get('c'), ['Context']);
  assert.deepEqual(types.declared.get('w'), ['Writer']);
  assert.deepEqual(types.declared.get('r'), ['Router']);
  assert.deepEqual(types.declared.get('b'), ['Buffer']);
  assert.ok(types.receivers.includes('c.writer') && types.receivers.includes('c'));
});

test('Rust: self is the impl\'s type (and its trait), parameters and let bindings give theirs', async () => {
  const types = await at('rust', 'impl Display for Ledger {\n    fn fmt(&self, f: &mut Formatter<\'_>) -> Result {\n        let vault = Vault::new();\n        let entry: Entry = self.last();\n        self.<|>\n    }\n}\n');
  assert.deepEqual(types.bases, ['Ledger', 'Display']);
  assert.deepEqual(types.declared.get('f'), ['Formatter']);
  assert.deepEqual(types.declared.get('vault'), ['Vault']);
  assert.deepEqual(types.declared.get('entry'), ['Entry']);
});

test('Java: fields (with and without this.), parameters, `var` with new, and the class\'s bases', async () => {
  const types = await at('java', 'class Teller extends Clerk implements Auditable {\n    private Ledger ledger;\n    void pay(Account from, long amount) {\n        var receipt = new Receipt(amount);\n        this.ledger.close();\n        <|>\n    }\n}\n');
  assert.deepEqual(types.bases, ['Clerk', 'Auditable']);
  assert.deepEqual(types.declared.get('ledger'), ['Ledger']);
  assert.deepEqual(types.declared.get('this.ledger'), ['Ledger']);
  assert.deepEqual(types.declared.get('from'), ['Account']);
  assert.deepEqual(types.declared.get('receipt'), ['Receipt']);
  assert.ok(types.receivers.includes('this.ledger'));
});

test('C#: fields, parameters and locals, receivers of member accesses', async () => {
  const types = await at('csharp', 'class Teller : Clerk\n{\n    private Ledger ledger;\n    void Pay(Account from)\n    {\n        var receipt = new Receipt();\n        ledger.Record(1);\n        <|>\n    }\n}\n');
  assert.deepEqual(types.bases, ['Clerk']);
  assert.deepEqual(types.declared.get('ledger'), ['Ledger']);
  assert.deepEqual(types.declared.get('from'), ['Account']);
  assert.deepEqual(types.declared.get('receipt'), ['Receipt']);
  assert.ok(types.receivers.includes('ledger'));
});

/** The document ends at the cursor, as when typing at the end of a file. */
async function cutAt(languageId: string, source: string) {
  const offset = source.indexOf('<|>');
  const text = source.slice(0, offset);
  const tree = (await syntax.parse(languageId, text))!;
  try {
    return receiverTypesAt(languageId, tree, text, offset, text.split('\n').length - 1);
  } finally {
    tree.delete();
  }
}

test('Python: the function around the cursor is the innermost `def` by indentation', async () => {
  const types = await cutAt('python', 'class Policy(Compat32):\n    def fold(self, name: str, value: Header):\n        def helper():\n            pass\n        if name:\n            <|>');
  assert.equal(types.function, 'fold', 'the nested def closed before the cursor\'s line is not around it');
  assert.deepEqual(types.bases, ['Compat32']);
  assert.deepEqual(types.declared.get('value'), ['Header']);
  const outside = await cutAt('python', 'class Policy(Compat32):\n    def fold(self, name):\n        return name\n\n<|>');
  assert.equal(outside.function, undefined, 'at column 0 no def holds the cursor');
});

test('Python cut off inside an open bracket: the class and def flattened into an ERROR node are read by indentation', async () => {
  const reduce = [
    'class BaseHeader(str, metaclass=HeaderMeta):',
    '',
    '    def __new__(cls, name):',
    '        return str.__new__(cls, name)',
    '',
    '    @property',
    '    def name(self):',
    '        return self._name',
    '',
    '    def __reduce__(self):',
    '        return (',
    '            _reconstruct_header,',
    '            (',
    '                self.__class__.__name__,',
    '            ),',
    '            <|>',
  ].join('\n');
  const types = await cutAt('python', reduce);
  assert.equal(types.function, '__reduce__', 'the open def, not the whole defs closed before it');
  assert.deepEqual(types.bases, ['str'], 'the open class\'s bases, not its keyword arguments');
  const between = await cutAt('python', reduce.replace('    def __reduce__(self):', '    def __reduce__(self):\n        return 1\n    y = frozenset((\n        <|>'));
  assert.equal(between.function, undefined, 'a line at the def\'s column ends it');
  assert.deepEqual(between.bases, ['str']);
  const coroutine = await cutAt('python', 'class Protocol(protocols.BufferedProtocol):\n    async def _check(self, timeout):\n        if (\n            self._state in (\n                <|>');
  assert.equal(coroutine.function, '_check');
  assert.deepEqual(coroutine.bases, ['protocols.BufferedProtocol']);
  const header = await cutAt('python', 'class SubprocessStreamProtocol(streams.FlowControlMixin,\n                               <|>');
  assert.deepEqual(header.bases, [], 'a class header not ended by its colon opens no scope: the cursor is in its base list');
  assert.equal(header.function, undefined);
});

test('Rust cut off at the cursor: the open impl gives the type of self, then its trait; an impl closed before does not', async () => {
  const types = await cutAt(
    'rust',
    [
      'impl Done {',
      '    fn finish(&self, ledger: Ledger) {}',
      '}',
      '',
      "impl<'de, E> de::Deserializer<'de> for U32Deserializer<E>",
      'where',
      '    E: Error,',
      '{',
      "    pub fn deserialize_seq<V>(self, visitor: V) -> Result<V::Value, E>",
      '    where',
      "        V: de::Visitor<'de>,",
      '    {',
      '        if self.value == 0 {',
      '            let count = 1;',
      '        }',
      '        match self.value {',
      '            _ => {',
      '<|>',
    ].join('\n'),
  );
  // No impl_item holds the cursor: its header is loose parts of an ERROR node, past the `if` and `match` blocks.
  assert.deepEqual(types.bases, ['U32Deserializer', 'Deserializer']);
  const inherent = await cutAt('rust', 'impl<T> Ledger<T> {\n    fn settle(&self) {\n        fn inner(other: Other) {}\n        <|>');
  assert.deepEqual(inherent.bases, ['Ledger'], '`fn inner` ends before the cursor: it does not hide the open impl');
  const trait = await cutAt('rust', "pub trait Visitor<'de>: Sized {\n    fn visit_none<E>(self) -> Result<Self::Value, E> {\n        <|>");
  assert.deepEqual(trait.bases, ['Visitor']);
  const whole = await at('rust', "impl<'a> event::Source for &'a Stream {\n    fn register(&mut self) {\n        <|>\n    }\n}\n");
  assert.deepEqual(whole.bases, ['Stream', 'Source'], 'a reference type names its type, a path its last part');
});

test('Rust: the function around the cursor is the open fn of a cut-off document, not a fn closed right before the cursor, nor the `if` or `match` blocks inside it', async () => {
  const cut = await cutAt('rust', 'impl Ledger {\n    fn settle(&self, entry: Entry) {\n        fn inner(other: Other) {}\n        <|>');
  assert.equal(cut.function, 'settle', '`fn inner` ends before the cursor');
  const blocks = await cutAt('rust', "impl<'de> Deserializer<'de> for StrDeserializer {\n    fn deserialize_enum<V>(self, visitor: V) -> Result<V::Value, Error>\n    where\n        V: Visitor<'de>,\n    {\n        if self.value.is_empty() {\n            match self.value {\n                _ => {\n<|>");
  assert.equal(blocks.function, 'deserialize_enum');
  const whole = await at('rust', 'impl Stream {\n    fn read(&mut self) {\n        <|>\n    }\n}\n');
  assert.equal(whole.function, 'read', 'a whole fn node around the cursor');
  const outside = await cutAt('rust', 'impl Stream {\n    fn read(&mut self) {}\n\n    <|>');
  assert.equal(outside.function, undefined, 'between the impl\'s items no fn holds the cursor');
});
