//! The joins chart under `/school info` and `/invite info`: a PNG of joins per day over the
//! last 30 days, stacked by how people came in, with the school's name and the totals.
//!
//! Plotters draws the axes, grid and bars into an RGB buffer; the text is laid out here
//! with `ab_glyph` in DejaVu Sans, embedded in the binary (no system fonts needed). Plotters'
//! own text drawing (0.3.7) drops each glyph's side bearing and rounds glyphs to whole
//! pixels, which spaces letters unevenly ("162  joins"). `png` encodes the picture. Every
//! word drawn comes in [`ChartText`], in the reader's language. Rendering takes a few
//! milliseconds of CPU: call [`render`] from `spawn_blocking`.

use std::sync::OnceLock;

use ab_glyph::{Font as _, FontRef, ScaleFont as _};
use plotters::prelude::*;
use unicode_segmentation::UnicodeSegmentation;

use crate::domain::{DayCounts, JoinsPerDay};
use crate::i18n::{self, t, Lang};

/// The picture's size in pixels: Discord shows an embed image at about this size.
pub const WIDTH: u32 = 800;
pub const HEIGHT: u32 = 400;
/// The attachment's file name; the embed shows it as `attachment://joins.png`.
pub const FILE_NAME: &str = "joins.png";

/// DejaVu Sans (Bitstream Vera licence, `assets/fonts/DejaVuSans-LICENSE.txt`).
static FONT_BYTES: &[u8] = include_bytes!("../assets/fonts/DejaVuSans.ttf");

/// Colours of the four ways in, bottom of each bar first; blue and green are Porter's
/// embed colours, orange and purple come from the same palette.
const CODE: RGBColor = RGBColor(0x34, 0x98, 0xdb);
const BUTTON: RGBColor = RGBColor(0x2e, 0xcc, 0x71);
const LINK: RGBColor = RGBColor(0xe6, 0x7e, 0x22);
const PUBLIC: RGBColor = RGBColor(0x9b, 0x59, 0xb6);
const INK: RGBColor = RGBColor(0x23, 0x27, 0x2a);
const MUTED: RGBColor = RGBColor(0x6d, 0x75, 0x7d);
const GRID: RGBColor = RGBColor(0xe3, 0xe5, 0xe8);

/// Every word the chart draws, in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChartText {
    /// The line under the name, e.g. "Joins per day, last 30 days (UTC)".
    pub subtitle: String,
    /// The total at the top right, e.g. "57 joins".
    pub total: String,
    /// Legend names of the ways in.
    pub code: String,
    pub button: String,
    pub link: String,
    pub public: String,
    /// Shown across an empty chart, e.g. "No joins in the last 30 days".
    pub empty: String,
    /// Between groups of three digits in the legend's and the axis' numbers ("5,000").
    pub separator: String,
}

impl ChartText {
    /// The words in `lang`, for a chart of `total` joins in all.
    pub fn new(lang: Lang, total: u32) -> Self {
        Self {
            subtitle: t!(lang, "chart-subtitle"),
            total: t!(
                lang,
                "chart-total",
                count = total,
                total = i18n::number(lang, u64::from(total))
            ),
            code: t!(lang, "chart-code"),
            button: t!(lang, "chart-button"),
            link: t!(lang, "chart-link"),
            public: t!(lang, "chart-public"),
            empty: t!(lang, "chart-empty"),
            separator: t!(lang, "thousands-separator"),
        }
    }

    /// `n` with [`Self::separator`] between groups of three digits.
    fn number(&self, n: u32) -> String {
        let digits = n.to_string();
        let mut out = String::with_capacity(digits.len() + digits.len() / 3);
        for (i, digit) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push_str(&self.separator);
            }
            out.push(digit);
        }
        out
    }
}

/// The embedded font, parsed once.
fn font() -> anyhow::Result<&'static FontRef<'static>> {
    static FONT: OnceLock<Option<FontRef<'static>>> = OnceLock::new();
    FONT.get_or_init(|| FontRef::try_from_slice(FONT_BYTES).ok())
        .as_ref()
        .ok_or_else(|| anyhow::anyhow!("the embedded chart font does not load"))
}

/// `text` with only what the embedded font can draw: characters it lacks (CJK, emoji…)
/// are dropped rather than drawn as empty boxes, and the spaces left collapse.
pub fn drawable(text: &str) -> String {
    let Ok(font) = font() else {
        return String::new();
    };
    let kept: String = text
        .chars()
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .filter(|&c| c == ' ' || (!c.is_control() && font.glyph_id(c).0 != 0))
        .collect();
    kept.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Where a line of text goes: `x` is its left edge, its centre or its right edge.
#[derive(Debug, Clone, Copy)]
enum Align {
    Left,
    Centre,
    Right,
}

/// A line of text to draw once plotters is done with the buffer.
struct Line {
    text: String,
    size: f32,
    colour: RGBColor,
    x: f32,
    align: Align,
    /// The top of the line's ascent, in pixels.
    top: f32,
}

/// How wide `text` is at `size` pixels, with the font's advances and kerning.
fn text_width(font: &FontRef<'static>, size: f32, text: &str) -> f32 {
    let scaled = font.as_scaled(size);
    let mut width = 0.0;
    let mut previous = None;
    for c in text.chars() {
        let id = scaled.glyph_id(c);
        if let Some(p) = previous {
            width += scaled.kern(p, id);
        }
        width += scaled.h_advance(id);
        previous = Some(id);
    }
    width
}

/// `text` cut to fit `width` pixels at `size`, with "…" when cut.
fn fit(font: &FontRef<'static>, size: f32, text: &str, width: f32) -> String {
    if text_width(font, size, text) <= width {
        return text.to_owned();
    }
    let graphemes: Vec<&str> = text.graphemes(true).collect();
    (0..graphemes.len())
        .rev()
        .map(|n| format!("{}…", graphemes[..n].concat().trim_end()))
        .find(|cut| text_width(font, size, cut) <= width)
        .unwrap_or_default()
}

/// Draws `line` into the RGB buffer of a [`WIDTH`]-pixel-wide picture, each glyph at its
/// exact (sub-pixel) place, blended by its coverage.
fn draw_line(rgb: &mut [u8], font: &FontRef<'static>, line: &Line) {
    let scaled = font.as_scaled(line.size);
    let width = text_width(font, line.size, &line.text);
    let mut x = match line.align {
        Align::Left => line.x,
        Align::Centre => line.x - width / 2.0,
        Align::Right => line.x - width,
    };
    let baseline = line.top + scaled.ascent();
    let mut previous = None;
    for c in line.text.chars() {
        let id = scaled.glyph_id(c);
        if let Some(p) = previous {
            x += scaled.kern(p, id);
        }
        previous = Some(id);
        let glyph = id.with_scale_and_position(line.size, ab_glyph::point(x, baseline));
        x += scaled.h_advance(id);
        let Some(outline) = font.outline_glyph(glyph) else {
            continue;
        };
        let bounds = outline.px_bounds();
        outline.draw(|gx, gy, coverage| {
            let px = bounds.min.x as i64 + i64::from(gx);
            let py = bounds.min.y as i64 + i64::from(gy);
            if !(0..i64::from(WIDTH)).contains(&px) || !(0..i64::from(HEIGHT)).contains(&py) {
                return;
            }
            let at = ((py * i64::from(WIDTH) + px) * 3) as usize;
            let a = coverage.clamp(0.0, 1.0);
            for (channel, ink) in
                rgb[at..at + 3]
                    .iter_mut()
                    .zip([line.colour.0, line.colour.1, line.colour.2])
            {
                *channel = (f32::from(*channel) * (1.0 - a) + f32::from(ink) * a).round() as u8;
            }
        });
    }
}

/// A date of the proleptic Gregorian calendar, `YYYY-MM-DD`, from days since 1970-01-01.
pub fn iso_date(days: i64) -> String {
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// The top of the y axis and the step between its labels: whole numbers, at most about
/// five steps, with a little room above the highest bar.
fn y_scale(max: u32) -> (u32, u32) {
    let max = max.max(4);
    let mut magnitude = 1u32;
    loop {
        for m in [1, 2, 5] {
            let step = magnitude.saturating_mul(m);
            if max.div_ceil(step) <= 5 {
                return (max.div_ceil(step).saturating_mul(step), step);
            }
        }
        magnitude = magnitude.saturating_mul(10);
    }
}

/// The chart as a PNG of [`WIDTH`] × [`HEIGHT`] pixels: `data` for the school called
/// `name`, in the words of `text`.
pub fn render(data: &JoinsPerDay, name: &str, text: &ChartText) -> anyhow::Result<Vec<u8>> {
    let font = font()?;
    let mut rgb = vec![0u8; (WIDTH * HEIGHT * 3) as usize];
    let lines = draw(&mut rgb, font, data, name, text)?;
    for line in &lines {
        draw_line(&mut rgb, font, line);
    }
    let mut png_bytes = Vec::with_capacity(32 * 1024);
    let mut encoder = png::Encoder::new(&mut png_bytes, WIDTH, HEIGHT);
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_compression(png::Compression::Fast);
    let mut writer = encoder.write_header()?;
    writer.write_image_data(&rgb)?;
    writer.finish()?;
    Ok(png_bytes)
}

/// Draws the axes, grid, bars and legend swatches; returns the lines of text to draw over
/// them.
fn draw(
    rgb: &mut [u8],
    font: &FontRef<'static>,
    data: &JoinsPerDay,
    name: &str,
    text: &ChartText,
) -> anyhow::Result<Vec<Line>> {
    let root = BitMapBackend::with_buffer(rgb, (WIDTH, HEIGHT)).into_drawing_area();
    let plot_error = |e: DrawingAreaErrorKind<_>| anyhow::anyhow!("drawing the chart: {e}");
    root.fill(&WHITE).map_err(plot_error)?;
    let mut lines = Vec::new();
    let mut line = |text: String, size: f32, colour: RGBColor, (x, top): (f32, f32), align| {
        lines.push(Line {
            text,
            size,
            colour,
            x,
            align,
            top,
        });
    };

    let left = 20.0;
    let right = WIDTH as f32 - 20.0;
    // The name, and the total on the same line at the right.
    let total_width = text_width(font, 20.0, &text.total);
    line(text.total.clone(), 20.0, INK, (right, 16.0), Align::Right);
    let room = right - left - total_width - 24.0;
    let name = drawable(name);
    if name.chars().any(char::is_alphanumeric) {
        line(
            fit(font, 26.0, &name, room),
            26.0,
            INK,
            (left, 10.0),
            Align::Left,
        );
        let subtitle = fit(font, 15.0, &text.subtitle, right - left);
        line(subtitle, 15.0, MUTED, (left, 44.0), Align::Left);
    } else {
        let heading = fit(font, 26.0, &text.subtitle, room);
        line(heading, 26.0, INK, (left, 10.0), Align::Left);
    }

    // The legend: a swatch, the way in and its total, side by side.
    let mut x = left;
    for (colour, label, n) in ways(&data.totals, text) {
        let entry = format!("{label} {}", text.number(n));
        let (sx, sy) = (x as i32, 73);
        root.draw(&Rectangle::new(
            [(sx, sy), (sx + 14, sy + 14)],
            colour.filled(),
        ))
        .map_err(plot_error)?;
        x += 20.0;
        let width = text_width(font, 15.0, &entry);
        line(entry, 15.0, INK, (x, 71.0), Align::Left);
        x += width + 26.0;
    }

    // The grid, the axes and the bars.
    let days = data.days.len().max(1);
    let max = data.days.iter().map(DayCounts::total).max().unwrap_or(0);
    let (y_top, y_step) = y_scale(max);
    let plot = root.clone().margin(100, 10, 8, 12);
    let y_labels_width = text_width(font, 13.0, &text.number(y_top)).ceil() as u32 + 12;
    let mut chart = ChartBuilder::on(&plot)
        .x_label_area_size(24)
        .y_label_area_size(y_labels_width.max(30))
        .build_cartesian_2d(-0.5f64..days as f64 - 0.5, 0u32..y_top)
        .map_err(plot_error)?;
    let x_end = days as f64 - 0.5;
    for v in (y_step..=y_top).step_by(y_step as usize) {
        chart
            .draw_series(std::iter::once(PathElement::new(
                vec![(-0.5, v), (x_end, v)],
                GRID,
            )))
            .map_err(plot_error)?;
    }
    for v in (0..=y_top).step_by(y_step as usize) {
        let (px, py) = chart.backend_coord(&(-0.5, v));
        let at = (px as f32 - 6.0, py as f32 - 8.0);
        line(text.number(v), 13.0, MUTED, at, Align::Right);
    }
    for (i, day) in data.days.iter().enumerate() {
        let x = i as f64;
        let mut base = 0;
        for (colour, _, n) in ways(day, text) {
            if n == 0 {
                continue;
            }
            chart
                .draw_series(std::iter::once(Rectangle::new(
                    [(x - 0.36, base), (x + 0.36, base + n)],
                    colour.filled(),
                )))
                .map_err(plot_error)?;
            base += n;
        }
    }
    // The axes, over the bars' feet, drawn as lines: plotters' mesh panics (in debug builds) on zero labels.
    chart
        .draw_series([
            PathElement::new(vec![(-0.5, 0), (x_end, 0)], MUTED),
            PathElement::new(vec![(-0.5, 0), (-0.5, y_top)], MUTED),
        ])
        .map_err(plot_error)?;
    // A date under today and under every seventh day before it.
    for i in (0..days).rev().step_by(7) {
        let (px, py) = chart.backend_coord(&(i as f64, 0));
        root.draw(&PathElement::new(vec![(px, py), (px, py + 4)], MUTED))
            .map_err(plot_error)?;
        let label = iso_date(data.first_day + i as i64);
        // Keep the first and last labels inside the picture.
        let half = text_width(font, 13.0, &label) / 2.0;
        let x = (px as f32).clamp(left + half, right - half);
        line(label, 13.0, MUTED, (x, py as f32 + 7.0), Align::Centre);
    }
    if data.totals.total() == 0 {
        let (x0, y0) = chart.backend_coord(&(-0.5, y_top));
        let (x1, y1) = chart.backend_coord(&(x_end, 0));
        let empty = fit(font, 20.0, &text.empty, (x1 - x0) as f32 - 20.0);
        let middle = ((x0 + x1) as f32 / 2.0, (y0 + y1) as f32 / 2.0 - 12.0);
        line(empty, 20.0, MUTED, middle, Align::Centre);
    }
    root.present().map_err(plot_error)?;
    Ok(lines)
}

/// The four ways in with their colours, names and counts, in stacking order.
fn ways<'a>(counts: &DayCounts, text: &'a ChartText) -> [(RGBColor, &'a str, u32); 4] {
    [
        (CODE, text.code.as_str(), counts.code),
        (BUTTON, text.button.as_str(), counts.button),
        (LINK, text.link.as_str(), counts.link),
        (PUBLIC, text.public.as_str(), counts.public),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::JoinMethod;

    const NOW: i64 = 1_795_698_000; // 2026-11-26 13:00 UTC

    fn chart(counts: &[(i64, JoinMethod, u32)]) -> JoinsPerDay {
        let today = NOW / 86_400;
        JoinsPerDay::from_counts(
            NOW,
            counts
                .iter()
                .map(|&(ago, method, n)| (today - ago, method, n)),
        )
    }

    /// The PNG's size and RGB pixels.
    fn decode(bytes: &[u8]) -> (u32, u32, Vec<u8>) {
        let mut reader = png::Decoder::new(std::io::Cursor::new(bytes))
            .read_info()
            .expect("a PNG");
        let mut pixels = vec![0; reader.output_buffer_size().unwrap()];
        let info = reader.next_frame(&mut pixels).expect("its pixels");
        assert_eq!(info.color_type, png::ColorType::Rgb);
        pixels.truncate(info.buffer_size());
        (info.width, info.height, pixels)
    }

    fn has_colour(pixels: &[u8], colour: RGBColor) -> bool {
        pixels
            .chunks_exact(3)
            .any(|p| p == [colour.0, colour.1, colour.2])
    }

    #[test]
    fn the_chart_is_a_png_of_the_expected_size_whose_pixels_follow_the_data() {
        let text = ChartText::new(Lang::ENGLISH, 0);
        let empty = render(&chart(&[]), "Riverside", &text).unwrap();
        let some = chart(&[(0, JoinMethod::Code, 3), (3, JoinMethod::Link, 1)]);
        let drawn = render(&some, "Riverside", &ChartText::new(Lang::ENGLISH, 4)).unwrap();
        let more = chart(&[(0, JoinMethod::Code, 3), (3, JoinMethod::Link, 7)]);
        let redrawn = render(&more, "Riverside", &ChartText::new(Lang::ENGLISH, 10)).unwrap();

        for png in [&empty, &drawn, &redrawn] {
            let (w, h, _) = decode(png);
            assert_eq!((w, h), (WIDTH, HEIGHT));
        }
        let (_, _, empty) = decode(&empty);
        let (_, _, drawn) = decode(&drawn);
        let (_, _, redrawn) = decode(&redrawn);
        assert_ne!(empty, drawn);
        assert_ne!(drawn, redrawn);
        // Bars in the colours of the ways in that have joins; none for the others.
        assert!(has_colour(&drawn, CODE) && has_colour(&drawn, LINK));
        let bars = |pixels: &[u8], colour: RGBColor| {
            pixels
                .chunks_exact(3)
                .filter(|p| *p == [colour.0, colour.1, colour.2])
                .count()
        };
        // The legend swatches are 15 × 15 pixels each; bars add to them.
        let swatch = bars(&empty, CODE);
        assert!(bars(&drawn, CODE) > swatch + 100);
        assert_eq!(bars(&drawn, BUTTON), swatch);
        assert!(bars(&redrawn, LINK) > bars(&drawn, LINK));
        // Rendering the same data twice draws the same picture.
        let (_, _, again) =
            decode(&render(&some, "Riverside", &ChartText::new(Lang::ENGLISH, 4)).unwrap());
        assert_eq!(again, drawn);
    }

    #[test]
    fn names_the_font_cannot_draw_render_without_panicking() {
        let data = chart(&[(1, JoinMethod::Button, 2)]);
        let text = ChartText::new(Lang::ENGLISH, 2);
        for name in [
            "東京インターナショナルスクール",
            "🎓🎉 Études & Co. 🎓",
            "",
            "\u{200d}\u{fe0f}",
            &"Very long school name ".repeat(20),
        ] {
            let (w, h, _) = decode(&render(&data, name, &text).unwrap());
            assert_eq!((w, h), (WIDTH, HEIGHT));
        }
        assert_eq!(drawable("🎓🎉 Études & Co. 🎓"), "Études & Co.");
        assert_eq!(drawable("東京 school"), "school");
        assert_eq!(drawable("a\tb\n c"), "a b c");
    }

    /// Writes the README's example chart: `cargo test --lib -- --ignored example_chart`
    /// (`CHART_OUT=<file>` elsewhere).
    #[test]
    #[ignore = "writes docs/joins-chart.png"]
    fn example_chart() {
        let mut counts = Vec::new();
        for ago in 0..30i64 {
            let wave = (ago * 7 % 11) as u32;
            counts.push((ago, JoinMethod::Code, wave % 5));
            counts.push((ago, JoinMethod::Button, (wave + ago as u32) % 3));
            counts.push((
                ago,
                JoinMethod::Link,
                if ago % 7 == 2 { 9 } else { wave % 4 },
            ));
            counts.push((ago, JoinMethod::Public, u32::from(ago % 5 == 0)));
        }
        let data = chart(&counts);
        // CHART_LANG=de draws it in another language.
        let lang = Lang::from_optional(std::env::var("CHART_LANG").ok().as_deref());
        let text = ChartText::new(lang, data.totals.total());
        let png = render(&data, "Riverside Secondary School", &text).unwrap();
        let path = std::env::var("CHART_OUT").unwrap_or_else(|_| {
            concat!(env!("CARGO_MANIFEST_DIR"), "/docs/joins-chart.png").to_owned()
        });
        std::fs::write(path, png).unwrap();
    }

    #[test]
    fn the_words_come_in_the_readers_language() {
        let german = ChartText::new(Lang::from_locale("de"), 1_234);
        assert_eq!(german.total, "1.234 Beitritte");
        assert_eq!(german.public, "Öffentlich");
        assert_eq!(german.number(12_345), "12.345");
        let english = ChartText::new(Lang::ENGLISH, 1);
        assert_eq!(english.total, "1 join");
        assert_eq!(english.number(1_500), "1,500");
        assert_eq!(
            ChartText::new(Lang::from_locale("es-419"), 2).total,
            "2 uniones"
        );
        let data = chart(&[(2, JoinMethod::Public, 1_234)]);
        let (_, _, in_german) = decode(&render(&data, "Riverside", &german).unwrap());
        let in_english = ChartText::new(Lang::ENGLISH, 1_234);
        let (_, _, in_english) = decode(&render(&data, "Riverside", &in_english).unwrap());
        assert_ne!(in_german, in_english);
    }

    #[test]
    fn dates_and_scales() {
        assert_eq!(iso_date(0), "1970-01-01");
        assert_eq!(iso_date(NOW / 86_400), "2026-11-26");
        assert_eq!(iso_date(11_016), "2000-02-29");
        assert_eq!(iso_date(-1), "1969-12-31");
        assert_eq!(y_scale(0), (4, 1));
        assert_eq!(y_scale(5), (5, 1));
        assert_eq!(y_scale(7), (8, 2));
        assert_eq!(y_scale(23), (25, 5));
        assert_eq!(y_scale(180), (200, 50));
        assert_eq!(y_scale(999), (1000, 200));
    }
}
