/**
 * A feed whose pictures come in every shape a newsroom sends (stories/assets/, served at
 * ./story-assets/ by .storybook/main.ts): portrait, wide, broken and missing. The broken one
 * is a real file that is not an image, so it answers 200 and fails to decode: the widget shows
 * what a visitor's browser shows (its alt text in the reserved box), and the story suite, which
 * fails any 404, stays quiet.
 */
const asset = (name: string) => new URL(`./story-assets/${name}`, document.baseURI).href;

const item = (
  day: number,
  id: string,
  title: string,
  image?: { file: string; alt: string; w: number; h: number },
) => ({
  id,
  url: `https://newsroom.example/${id}`,
  title,
  summary: 'Whatever its shape, the picture fills the same 3:2 box beside the text.',
  // Newest first: the shapes in this order.
  date_published: `2024-05-${day}T09:00:00Z`,
  ...(image && {
    image: asset(image.file),
    _mlo: { image: { alt: image.alt, width: image.w, height: image.h } },
  }),
});

export const imageShapesFeed = () => ({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Image shapes',
  language: 'en',
  items: [
    item(14, 'portrait', 'A portrait picture (2:3), cropped to the 3:2 box', {
      file: 'portrait.png',
      alt: 'A tall placeholder picture',
      w: 400,
      h: 600,
    }),
    item(13, 'wide', 'A wide picture (4:1), cropped to the 3:2 box', {
      file: 'wide.png',
      alt: 'A wide placeholder picture',
      w: 1200,
      h: 300,
    }),
    item(12, 'broken', 'A broken picture: the file is not an image', {
      file: 'not-an-image.png',
      alt: 'A picture that could not be shown',
      w: 800,
      h: 533,
    }),
    item(11, 'missing', 'No picture: the text takes the whole row'),
  ],
});
