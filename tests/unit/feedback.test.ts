// "提供线索 / Tell us": the channel comes from SITE_FEEDBACK_URL and opens prefilled with page and detail;
// where to ask about a service body uses sourced channels only.
import { describe, expect, it } from 'vitest';
import { feedbackHref, readFeedbackChannel, tipsChannel } from '../../src/lib/site/feedback.ts';
import { callsFor, nationalSites, responsibleUnit } from '../../src/lib/services/wayForward.ts';

const about = {
  page: '常州商标受理窗口',
  url: '/services/trademark-window/',
  field: '联系方式',
  subject: '提供线索:常州商标受理窗口',
};

describe('where tips go', () => {
  it('is the feedback channel when set, else the address for corrections, else nowhere', () => {
    expect(tipsChannel('https://example.org/form', 'mailto:corrections@example.org')).toBe('https://example.org/form');
    expect(tipsChannel(undefined, 'mailto:corrections@example.org')).toBe('mailto:corrections@example.org');
    expect(tipsChannel(undefined, 'https://git.example.org/site/issues')).toBe('https://git.example.org/site/issues');
    expect(tipsChannel(undefined, undefined)).toBeUndefined();
  });
  it('offers no link to a corrections address a reader could not open as the feedback setting requires', () => {
    expect(tipsChannel(undefined, 'http://example.org/form')).toBeUndefined();
    expect(tipsChannel(undefined, 'the editors at the city office')).toBeUndefined();
  });
});

describe('the feedback channel setting', () => {
  it('is absent when unset or blank, so no page offers the link', () => {
    expect(readFeedbackChannel({})).toBeUndefined();
    expect(readFeedbackChannel({ SITE_FEEDBACK_URL: '  ' })).toBeUndefined();
  });
  it('takes an e-mail address as mailto: and an https form as it is', () => {
    expect(readFeedbackChannel({ SITE_FEEDBACK_URL: 'tips@example.org' })).toBe('mailto:tips@example.org');
    expect(readFeedbackChannel({ SITE_FEEDBACK_URL: 'https://example.org/form?id=7' })).toBe(
      'https://example.org/form?id=7',
    );
  });
  it('rejects anything else, naming the setting and the value and how to fix it', () => {
    expect(() => readFeedbackChannel({ SITE_FEEDBACK_URL: 'http://example.org/form' })).toThrow(
      /SITE_FEEDBACK_URL: http:\/\/example\.org\/form .*set e\.g\./,
    );
  });
});

describe('the prefilled link', () => {
  it('opens an e-mail with the subject and a body naming page, address and detail (spaces as %20)', () => {
    const href = feedbackHref('mailto:tips@example.org', { ...about, page: 'Trademark window' });
    const [address, query] = href.split('?');
    expect(address).toBe('mailto:tips@example.org');
    expect(query).not.toContain('+');
    const params = new URLSearchParams(query);
    expect(params.get('subject')).toBe(about.subject);
    expect(params.get('body')).toContain(`Trademark window\n${about.url}\n${about.field}`);
  });
  it('keeps other fields of the address (cc) and replaces a preset subject', () => {
    const params = new URLSearchParams(feedbackHref('mailto:a@b.org?cc=c@b.org&subject=x', about).split('?')[1]);
    expect(params.get('cc')).toBe('c@b.org');
    expect(params.getAll('subject')).toEqual([about.subject]);
  });
  it('gives a form the page, address and detail as query parameters, keeping its own', () => {
    const url = new URL(feedbackHref('https://example.org/form?id=7', about));
    expect(Object.fromEntries(url.searchParams)).toEqual({
      id: '7',
      page: about.page,
      url: about.url,
      field: about.field,
    });
  });
});

describe('where else to ask', () => {
  it('offers 12330 first and then 12345 by name to a body that helps with disputes, 12345 by name to any other', () => {
    expect(callsFor({ kind: 'dispute-mediation', needs: ['trademarks', 'disputes'] })).toEqual(['disputes', 'by-name']);
    expect(callsFor({ kind: 'trademark-window', needs: ['trademarks'] })).toEqual(['by-name']);
  });

  it('offers the 12330 line’s own page 12345 itself, not 12345 asking for 12330', () => {
    expect(callsFor({ kind: 'hotline', needs: ['disputes'] })).toEqual(['general']);
  });

  const source = (url: string) => ({ title: 't', publisher: 'p', date: '2024-07-31', url });
  it('lists the sites of national bodies a page cites, once each, and no local or other sites', () => {
    const sites = nationalSites([
      source('https://english.cnipa.gov.cn/art/2024/7/31/art_3090_194038.html'),
      source('https://english.cnipa.gov.cn/other.html'),
      source('https://kjj.xinxiang.gov.cn/news/27_314'),
      source('https://example.com/cnipa.gov.cn'),
    ]);
    expect(sites.map((s) => s.href)).toEqual(['https://english.cnipa.gov.cn/']);
  });
  it('names the unit leading the first clause that lists its responsible units', () => {
    const clauses = [
      { id: 'goal-1', text: '到2025年…' },
      { id: 'task-5-1-1', text: '推进平台建设。(责任单位:市知识产权局、科教城管委会)' },
    ];
    expect(responsibleUnit(clauses)).toEqual({ name: '市知识产权局', clause: 'task-5-1-1' });
    expect(responsibleUnit(clauses.slice(0, 1))).toBeUndefined();
  });
  it('passes over a lead unit that is the body itself, so its page never sends the reader to ask it', () => {
    const clauses = [
      { id: 'task-2-2-1', text: '加大司法保护力度。(责任单位:市中级人民法院、市公安局)' },
      { id: 'task-2-2-4', text: '加强赔偿执行。(责任单位:市知识产权局、市中级人民法院)' },
    ];
    expect(responsibleUnit(clauses, '常州市中级人民法院')).toEqual({ name: '市知识产权局', clause: 'task-2-2-4' });
    expect(responsibleUnit(clauses.slice(0, 1), '常州市中级人民法院')).toBeUndefined();
    expect(responsibleUnit(clauses, '常州商标受理窗口')).toEqual({ name: '市中级人民法院', clause: 'task-2-2-1' });
  });
});
