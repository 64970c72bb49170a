import { describe, expect, it } from 'vitest';
import { readCues, subtitleSegments } from './subtitles.ts';

describe('subtitles', () => {
  it('reads WebVTT voices, merges consecutive cues of one speaker and strips tags', () => {
    const vtt = [
      'WEBVTT',
      'Kind: captions',
      '',
      'NOTE recorded on Teams',
      '',
      '6fbb1fca-421a-4ee9-942b-cee0dc425f8a',
      '00:00:00.760 --> 00:00:08.640',
      '<v Enquêtrice>Bonjour, <b>vous</b> allez bien ?</v>',
      '',
      '00:00:08.640 --> 00:00:14.400',
      '<v Marie>Oui &amp; vous ?',
      '',
      '00:14.400 --> 00:15.540',
      '<v Marie>Très bien.',
    ].join('\n');
    expect(subtitleSegments(vtt).drafts).toEqual([
      { text: 'Bonjour, vous allez bien ?', speaker: 'Enquêtrice', timestamp: '00:00:00' },
      { text: 'Oui & vous ?\nTrès bien.', speaker: 'Marie', timestamp: '00:00:08' },
    ]);
  });

  it('reads SubRip with Name: prefixes and comma milliseconds', () => {
    const srt = [
      '1',
      '00:00:04,898 --> 00:00:10,898',
      'Q: Vous codez le soir ?',
      '',
      '2',
      '00:01:10,000 --> 00:01:15,000',
      'R: Oui.',
      'Souvent.',
    ].join('\n');
    expect(subtitleSegments(srt).drafts).toEqual([
      { text: 'Vous codez le soir ?', speaker: 'Q', timestamp: '00:00:04' },
      { text: 'Oui.\nSouvent.', speaker: 'R', timestamp: '00:01:10' },
    ]);
  });

  it('keeps cues without speaker apart', () => {
    const srt =
      '1\n00:00:01,000 --> 00:00:02,000\nLorem ipsum.\n\n2\n00:00:02,000 --> 00:00:03,000\nDolor sit.';
    expect(readCues(srt).cues).toHaveLength(2);
    expect(subtitleSegments(srt).drafts.map((segment) => segment.text)).toEqual([
      'Lorem ipsum.',
      'Dolor sit.',
    ]);
  });
});
