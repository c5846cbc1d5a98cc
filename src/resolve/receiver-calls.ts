// Calls on the same object earlier in the same function: a socket or SSH client is connected first
// (`s.connect((host, port))`, `ssh.connect(host)`) and used after (`s.send(b)`, `ssh.exec_command(c)`);
// the later call names no destination, the earlier one does. Rules opt in with `host-from-calls`.
import type { SyntaxNode } from '../parse/parser.js';

const BODIES = new Set(['function_definition', 'lambda', 'module']);
/** Calls looked at per search: bounds the cost on very large module bodies. */
const MAX_CALLS = 5000;

/** The name at the root of a receiver chain: `cli` for `cli.open_sftp().put`, `self.s` for `self.s.send`. */
function receiverRoot(call: SyntaxNode): string | undefined {
  const fn = call.childForFieldName('function');
  let obj = fn?.type === 'attribute' ? fn.childForFieldName('object') : null;
  for (let i = 0; obj && !isNameChain(obj) && i < 8; i++) {
    // `cli.open_sftp()` -> `cli.open_sftp` -> `cli`: a method call's receiver, not the method's name.
    const inner: SyntaxNode | null = obj.type === 'call' ? obj.childForFieldName('function') : obj;
    obj = inner?.type === 'attribute' ? inner.childForFieldName('object') : null;
  }
  return obj ? obj.text : undefined;
}

/** `a` or `a.b.c`: a dotted chain of names only. */
function isNameChain(n: SyntaxNode): boolean {
  if (n.type === 'identifier') return true;
  if (n.type !== 'attribute') return false;
  const o = n.childForFieldName('object');
  return !!o && isNameChain(o);
}

/** Per tree and body: `receiver.method` -> its calls in source order, built in one walk of the body. */
const bodyIndex = new WeakMap<object, Map<number, Map<string, SyntaxNode[]>>>();

function indexOf(body: SyntaxNode): Map<string, SyntaxNode[]> {
  let perTree = bodyIndex.get(body.tree);
  if (!perTree) bodyIndex.set(body.tree, (perTree = new Map()));
  let index = perTree.get(body.id);
  if (index) return index;
  index = new Map();
  for (const c of body.descendantsOfType('call').slice(0, MAX_CALLS)) {
    const fn = c.childForFieldName('function');
    if (fn?.type !== 'attribute') continue;
    const key = `${fn.childForFieldName('object')?.text ?? ''}.${fn.childForFieldName('attribute')?.text ?? ''}`;
    const list = index.get(key);
    if (list) list.push(c);
    else index.set(key, [c]);
  }
  perTree.set(body.id, index);
  return index;
}

/** `root.method(...)` calls before `call` in its function (or module) body, nearest first, at most four. */
export function earlierReceiverCalls(call: SyntaxNode, methods: readonly string[]): SyntaxNode[] {
  if (methods.length === 0) return [];
  const root = receiverRoot(call);
  if (!root) return [];
  let body: SyntaxNode | null = call.parent;
  while (body && !BODIES.has(body.type)) body = body.parent;
  if (!body) return [];
  const index = indexOf(body);
  const found = methods
    .flatMap((m) => index.get(`${root}.${m}`) ?? [])
    .filter((c) => c.startIndex < call.startIndex)
    .sort((a, b) => b.startIndex - a.startIndex);
  return found.slice(0, 4);
}
