import Callout from './Callout.astro';
import CodeBlock from './CodeBlock.astro';
import CodeTab from './CodeTab.astro';
import CodeTabs from './CodeTabs.astro';
import ConsoleLabel from './ConsoleLabel.astro';
import Fill from './Fill.astro';
import ForConsole from './ForConsole.astro';
import NaverFieldMap from './NaverFieldMap.astro';
import OnDemandCodeTab from './OnDemandCodeTab.astro';
import SampleCode from './SampleCode.astro';
import SampleEnv from './SampleEnv.astro';
import SampleUris from './SampleUris.astro';

/** The components the guide's MDX uses, for the page and for its Markdown copy (pages/[lang]/guide.md.ts). */
export const guideMdxComponents = { pre: CodeBlock, Callout, CodeTab, CodeTabs, ConsoleLabel, Fill, ForConsole, NaverFieldMap, SampleCode, SampleEnv, SampleUris };

/** The same for the guide page, where a tab marked `onDemand` is a link its script fetches (OnDemandCodeTab). */
export const guidePageMdxComponents = { ...guideMdxComponents, CodeTab: OnDemandCodeTab };
