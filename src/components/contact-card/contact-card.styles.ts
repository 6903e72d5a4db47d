import { css } from 'lit';
import { tokens } from '../../internal/styles.js';

/**
 * Contacts sit side by side when there is room, each a small card. The skeleton uses the same
 * boxes and line heights (a name and four address lines), so a typical contact lands in place.
 */
export const styles = css`
  .list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--mlo-contact-card-min-column, 16rem)), 1fr));
    gap: ${tokens.spaceM};
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .contact {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    padding: ${tokens.spaceM};
    border: 1px solid ${tokens.border};
    border-radius: ${tokens.radius};
    background: ${tokens.surface};
    line-height: ${tokens.lineHeight};
    overflow-wrap: anywhere;
  }
  /* A contact's name is a card title: the size of the compact titles of the other widgets,
     which share a sidebar with it. */
  .name {
    font-size: ${tokens.fontSizeM};
    font-weight: 600;
    line-height: 1.3;
  }
  .unit {
    margin: 0;
    font-size: ${tokens.fontSizeS};
    color: ${tokens.muted};
  }
  .address {
    font-style: normal;
  }
  .channels {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 0 ${tokens.spaceS};
    align-items: baseline;
    margin: 0;
  }
  .row {
    display: contents;
  }
  dt {
    font-size: ${tokens.fontSizeS};
    color: ${tokens.muted};
  }
  dd {
    margin: 0;
  }

  /* Skeleton: one bar per line, in flex columns so no margins collapse. */
  .lines {
    display: flex;
    flex-direction: column;
  }
  .line {
    display: block;
    block-size: 1em;
    margin-block: 0.25em;
    inline-size: 100%;
  }
  .name .line {
    margin-block: 0.15em;
  }
  .line.short {
    inline-size: 70%;
  }
  .line.medium {
    inline-size: 50%;
  }
  .line.tiny {
    inline-size: 6em;
  }
`;
