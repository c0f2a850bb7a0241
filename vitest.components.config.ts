// The "components" test project: components rendered with Astro's Container API and src/data views over mocked
// collections, through Astro's own Vite set-up (getViteConfig), so the logic of route data and markup is tested
// without a build. npm run test:unit runs it with the unit tests.
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: { name: 'components', include: ['tests/components/**/*.test.ts'], testTimeout: 60_000 },
});
