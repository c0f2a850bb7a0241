// content/glossary/synonyms.json: groups of words people search for that mean the same thing
// (马德里 ↔ 国际商标注册); the search widens a query with the other words of its group.
import { z } from 'zod';
import { msg } from './common.ts';

export const synonymGroup = z
  .array(z.string(msg('同义词应为文字', 'a synonym must be text')).min(1, msg('同义词不能为空', 'a synonym must not be empty')), msg('每组同义词写成 [ "甲", "乙" ]', 'write each group as [ "A", "B" ]'))
  .min(2, msg('每组至少两个词', 'a group needs at least two words'));

export const synonymsFile = z.array(synonymGroup, msg('synonyms.json 应为同义词组的列表 [ [ … ], … ]', 'synonyms.json must be a list of groups [ [ … ], … ]'));
