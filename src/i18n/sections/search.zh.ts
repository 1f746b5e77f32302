// Chinese half of the search section (see ./search.ts), typed against the English half.
import type { en } from './search.en.ts';

export const zh: Record<keyof typeof en, string> = {
  'search.open': '搜索',
  'search.title': '搜索课程',
  'search.label': '要找的词',
  'search.close': '关闭搜索',
  'search.results': '匹配的页面',
  'search.loading': '正在搜索……',
  'search.none': '没有页面包含“{query}”。',
  'search.one': '有 1 个页面包含“{query}”。',
  'search.many': '有 {count} 个页面包含“{query}”。',
  'search.failed': '搜索没能加载。请检查网络连接后再试。',
};
