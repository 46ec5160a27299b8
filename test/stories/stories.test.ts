import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LitElement, TemplateResult } from 'lit';
import * as bannerStories from '../../stories/announcement-banner.stories.js';
import * as listStories from '../../stories/announcement-list.stories.js';
import * as sidebarStories from '../../stories/announcement-sidebar.stories.js';
import * as editorStories from '../../stories/announcement-editor.stories.js';
import * as themingStories from '../../stories/theming.stories.js';
import { expectAccessible } from '../helpers/axe.js';

interface StoryLike {
  args?: Record<string, unknown>;
  render?: (args: Record<string, unknown>, context: unknown) => TemplateResult;
  play?: (context: { canvasElement: HTMLElement; args: Record<string, unknown> }) => Promise<void> | void;
}
type StoryModule = Record<string, unknown> & { default: StoryLike & { title?: string } };

const MODULES: StoryModule[] = [bannerStories, listStories, sidebarStories, editorStories, themingStories] as unknown as StoryModule[];

/** Every custom element below `root`, shadow roots included. */
function customElementsIn(root: ParentNode): LitElement[] {
  const found: LitElement[] = [];
  for (const element of root.querySelectorAll('*')) {
    if (element.localName.includes('-')) found.push(element as LitElement);
    if (element.shadowRoot) found.push(...customElementsIn(element.shadowRoot));
  }
  return found;
}

/** Waits until the story's elements have loaded their data and stopped re-rendering. */
async function settle(root: HTMLElement): Promise<void> {
  for (let round = 0; round < 3; round++) {
    await Promise.all(customElementsIn(root).map((element) => element.updateComplete));
    await new Promise((resolve) => setTimeout(resolve, 60));
  }
  await waitUntil(() => !root.querySelector('[aria-busy="true"]'), 'the story stayed busy', { timeout: 4000 });
}

/**
 * Every exported story renders in both browsers and passes axe (target size included), so a
 * broken or inaccessible story fails the build just like a failing test.
 */
for (const module of MODULES) {
  const meta = module.default;
  describe(`stories: ${meta.title}`, () => {
    for (const [name, value] of Object.entries(module)) {
      if (name === 'default' || typeof value !== 'object' || value === null) continue;
      const story = value as StoryLike;
      it(`${name} renders and is accessible`, async () => {
        const args = { ...meta.args, ...story.args };
        const render = story.render ?? meta.render;
        expect(render, `${name} has a render function`).to.be.a('function');
        const canvas = await fixture<HTMLElement>(html`<div class="story-canvas" lang="en">${render!(args, { args })}</div>`);
        await settle(canvas);
        await story.play?.({ canvasElement: canvas, args });
        await settle(canvas);
        expect(customElementsIn(canvas).length, 'the story shows at least one element').to.be.greaterThan(0);
        await expectAccessible(canvas);
      });
    }
  });
}
