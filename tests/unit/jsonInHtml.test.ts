// A summary an editor wrote with "</script>" in it stays inside the JSON-LD block and reads back unchanged.
import { describe, expect, it } from 'vitest';
import { jsonForScript } from '../../src/lib/seo/jsonInHtml.ts';

describe('jsonForScript', () => {
  const value = { description: '</script><script>alert(1)</script> 与 <!-- 注释', line: 'a\u2028b' };
  it('writes no "<" that could close the script element', () => {
    expect(jsonForScript(value)).not.toMatch(/<\/?script|<!--/i);
  });
  it('reads back as the same value', () => {
    expect(JSON.parse(jsonForScript(value))).toEqual(value);
  });
});
