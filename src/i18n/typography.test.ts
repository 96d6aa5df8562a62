import { describe, expect, it } from 'vitest';
import { frenchSpacing } from './typography';

describe('French typography', () => {
  it('puts a no-break space before : ; ? ! and inside « », so no line starts with the sign', () => {
    expect(frenchSpacing('Pourquoi ? Voici : « lac » ; fin !')).toBe(
      'Pourquoi\u00a0? Voici\u00a0: «\u00a0lac\u00a0»\u00a0; fin\u00a0!',
    );
  });

  it('leaves inline code and fenced blocks exactly as written', () => {
    const text = 'Tapez `aws s3 ls ? :` puis :\n```sql\nSELECT a ? b : c\n```\nfini ?';
    expect(frenchSpacing(text)).toBe(
      'Tapez `aws s3 ls ? :` puis\u00a0:\n```sql\nSELECT a ? b : c\n```\nfini\u00a0?',
    );
  });
});
