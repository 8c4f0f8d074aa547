import './shared/api/zod-jitless';
import '@fontsource/inter/400.css';
import '@fontsource/inter/600.css';
import '@fontsource/inter/700.css';
import './styles/theme.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { APP_START_MARK } from './app/performance-marks';
import { preloadFontSubsets } from './app/preload-font-subsets';
import { createQueryClient } from './app/query-client';
import { bundleQueryOptions } from './shared/api/bundle-query';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

performance.mark(APP_START_MARK);
const queryClient = createQueryClient();
// The facts are most of the load: ask for them now, not once React's first render reaches useBundle.
void queryClient.prefetchQuery(bundleQueryOptions());
preloadFontSubsets(document.fonts);
createRoot(container).render(
  <StrictMode>
    <App queryClient={queryClient} />
  </StrictMode>,
);
