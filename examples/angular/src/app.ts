import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import type { MloLoadEvent, MloSelectEvent } from 'mlo-newsroom/mlo-news-list.js';
import 'mlo-newsroom/mlo-news-list.js';

@Component({
  selector: 'app-root',
  // <mlo-…> tags are custom elements: Angular checks no inputs or outputs on them.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <h1>Latest news</h1>
      <mlo-news-list
        src="/news.json"
        limit="3"
        (mlo-load)="onLoad($event)"
        (mlo-select)="onSelect($event)"
      ></mlo-news-list>
      <p>{{ count() === undefined ? 'Loading…' : count() + ' items in the feed.' }}</p>
    </main>
  `,
})
export class App {
  readonly count = signal<number | undefined>(undefined);

  // Angular types a custom element's events as Event: the handler narrows them.
  onLoad(event: Event) {
    this.count.set((event as MloLoadEvent).items.length);
  }

  onSelect(event: Event) {
    console.log('chose', (event as MloSelectEvent).item.url);
  }
}
