/** Per service: operation → its input shape's name, and shape name → member spec string. */
export type ShapeTables = Record<
  string,
  { ops: Record<string, string>; shapes: Record<string, string> }
>;

/**
 * What a member holds: scalars s (string) n (number) b (boolean) t (timestamp) B (blob)
 * d (document) S (structure too deep to describe); `struct` names a shape; lists and maps hold a kind.
 */
export type MemberKind =
  | { type: 's' | 'n' | 'b' | 't' | 'B' | 'd' | 'S' }
  | { type: 'struct'; shape: string }
  | { type: 'list'; of: MemberKind }
  | { type: 'map'; of: MemberKind };

export interface MemberSpec {
  name: string;
  kind: MemberKind;
  required: boolean;
}
