// Two rules a patent attorney's reviewer asked the planner to state, each in the words of the text it cites:
// who may file a PCT application (PCT Art. 9(1), without naming any country), and when a first filing in a
// foreign country gives priority in China (Patent Law 2020, Art. 29(1), in its own terms: 外国, foreign country).
// Each step's law line cites the article its text relies on, in both the Chinese and the English dictionary.
import { describe, expect, it } from 'vitest';
import { zh } from '../../src/i18n/zh.ts';
import { en } from '../../src/i18n/en.ts';
import { zhHant } from '../../src/i18n/zh-hant.ts';

describe('the PCT filing step', () => {
  it('says who may file, and cites PCT Art. 9(1) in its law line', () => {
    expect(zh['step.pct-filing.todo']).toContain('PCT缔约国的居民或国民都可以提出PCT国际申请(PCT第9条(1))');
    expect(zh['step.pct-filing.law']).toContain('第9条(1)');
    expect(en['step.pct-filing.todo']).toContain(
      'Any resident or national of a PCT Contracting State may file a PCT international application (PCT Art. 9(1))',
    );
    expect(en['step.pct-filing.law']).toContain('9(1)');
  });

  it('names no country or region', () => {
    expect(zh['step.pct-filing.todo']).not.toMatch(/中国|国家或地区|台湾|香港/);
    expect(en['step.pct-filing.todo']).not.toMatch(/China|Taiwan|Hong Kong|country|region/i);
  });
});

describe('the step for filing in China with a foreign first filing’s priority', () => {
  it('states the three grounds of Patent Law Art. 29(1) in the statute’s terms', () => {
    expect(zh['step.china-filing.todo']).toContain(
      '首次申请在外国提出的,依照该外国同中国签订的协议或者共同参加的国际条约,或者依照相互承认优先权的原则,可以享有优先权(第二十九条第一款)',
    );
    expect(en['step.china-filing.todo']).toContain(
      'under an agreement between that foreign country and China, under an international treaty to which both are party, or on the principle of mutual recognition of priority (Article 29, paragraph 1)',
    );
    for (const dictionary of [zh, en]) expect(dictionary['step.china-filing.law']).toMatch(/第二十九条|29/);
  });

  it('keeps the statute’s 外国 in the 繁體 edition, characters converted only', () => {
    expect(zhHant['step.china-filing.todo']).toContain('依照該外國同中國簽訂的協議');
  });
});
