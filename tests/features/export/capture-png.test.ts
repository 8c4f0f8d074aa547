import { effectiveBackground, inlineSvgPaint, waitForRenderComplete, wrapText } from '../../../src/features/export/capture-png';

describe('wrapText', () => {
  // One unit of width per character keeps the table readable.
  const measure = (text: string) => text.length;

  it.each([
    ['a short line stays whole', 'Filters: none', 20, ['Filters: none']],
    ['breaks between words', 'Basemap: Natural Earth. Facts extracted', 16, ['Basemap: Natural', 'Earth. Facts', 'extracted']],
    ['keeps an over-long word on its own line', 'a supercalifragilistic b', 5, ['a', 'supercalifragilistic', 'b']],
    ['gives nothing for empty text', '', 10, []],
  ])('%s', (_behaviour, text, width, expected) => {
    expect(wrapText(measure, text, width)).toEqual(expected);
  });
});

describe('effectiveBackground', () => {
  it.each([
    ['its own colour', 'rgb(1, 2, 3)', '', 'rgb(1, 2, 3)'],
    ["the nearest ancestor's colour when its own is transparent", '', 'rgb(4, 5, 6)', 'rgb(4, 5, 6)'],
    ['white when nothing has a colour', '', '', '#ffffff'],
  ])('is %s', (_behaviour, own, parent, expected) => {
    const outer = document.createElement('div');
    const inner = document.createElement('section');
    outer.style.backgroundColor = parent;
    inner.style.backgroundColor = own;
    outer.append(inner);
    document.body.append(outer);
    expect(effectiveBackground(inner)).toBe(expected);
    outer.remove();
  });
});

describe('inlineSvgPaint', () => {
  it('writes the computed paint inline for the capture and restores the original inline style', () => {
    const host = document.createElement('div');
    host.innerHTML = '<style>.land { fill: rgb(10, 20, 30); }</style><svg><path class="land" style="stroke-width: 2px"></path></svg>';
    document.body.append(host);
    const path = host.querySelector('path');
    const restore = inlineSvgPaint(host);
    expect(path?.style.getPropertyValue('fill')).toBe('rgb(10, 20, 30)');
    restore();
    expect(path?.style.cssText).toBe('stroke-width: 2px;');
    host.remove();
  });
});

describe('waitForRenderComplete', () => {
  it('resolves once every panel inside says it has rendered', async () => {
    const root = document.createElement('div');
    root.innerHTML = '<section data-panel="map" data-render-complete="true"></section><section data-panel="timeline" data-render-complete="false"></section>';
    document.body.append(root);
    let done = false;
    const waiting = waitForRenderComplete(root).then(() => {
      done = true;
    });
    await Promise.resolve();
    expect(done).toBe(false);
    root.querySelector('[data-panel="timeline"]')?.setAttribute('data-render-complete', 'true');
    await waiting;
    expect(done).toBe(true);
    root.remove();
  });
});
