#include "tools/proof_sheet.hpp"

#include "engine/render/text_painter.hpp"

#include <cairo-pdf.h>
#include <cairo.h>

#include <algorithm>
#include <cstring>
#include <stdexcept>

namespace hearth::tools {
namespace {

constexpr Color kPaper{0xff, 0xff, 0xff, 0xff};
constexpr Color kInk{0x22, 0x22, 0x22, 0xff};
constexpr Color kWarn{0xc6, 0x1a, 0x1a, 0xff};

struct Metrics {
    int card_w, card_h, gap, text_px, line, caption, top;
};

Metrics metrics(const PrintSpec& spec) {
    Metrics m{};
    m.card_w = mm_to_px(spec.card.w + 2 * spec.bleed, spec.dpi);
    m.card_h = mm_to_px(spec.card.h + 2 * spec.bleed, spec.dpi);
    m.text_px = std::max(12, m.card_w / 14);
    m.line = m.text_px * 5 / 4;
    m.gap = std::max(8, m.card_w / 8);
    m.caption = 2 * m.line + m.gap / 2;
    m.top = m.gap + 2 * m.line;
    return m;
}

// `text` broken into lines no wider than `width` at the font.
std::vector<std::string> wrap(TTF_Font* font, const std::string& text, int width) {
    std::vector<std::string> lines;
    std::string line;
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t end = text.find(' ', i);
        if (end == std::string::npos)
            end = text.size();
        std::string word = text.substr(i, end - i);
        std::string tried = line.empty() ? word : line + " " + word;
        int w = 0;
        TTF_SizeUTF8(font, tried.c_str(), &w, nullptr);
        if (w > width && !line.empty()) {
            lines.push_back(line);
            line = word;
        } else {
            line = tried;
        }
        i = end + 1;
    }
    if (!line.empty())
        lines.push_back(line);
    return lines;
}

struct Note {
    int number;
    std::string text;
};

} // namespace

std::vector<ProofCard> proof_cards(const Deck& deck, const std::vector<Diagnostic>& warnings) {
    std::vector<ProofCard> out;
    for (const Card& c : deck.cards)
        out.push_back(ProofCard{&c, {}});
    for (const Diagnostic& d : warnings) {
        ProofCard* owner = nullptr;
        for (ProofCard& p : out)
            if (p.card->where.file == d.where.file && p.card->where.line <= d.where.line &&
                (!owner || p.card->where.line >= owner->card->where.line))
                owner = &p;
        if (owner)
            owner->warnings.push_back(d.message);
    }
    return out;
}

SDL_Rect proof_slot(const PrintSpec& spec, const ProofLayout& layout, int i) {
    Metrics m = metrics(spec);
    int c = i % layout.columns, r = i / layout.columns;
    return {m.gap + c * (m.card_w + m.gap), m.top + r * (m.card_h + m.caption), m.card_w, m.card_h};
}

SurfacePtr make_proof(FontLibrary& fonts, const Deck& deck, const std::vector<ProofCard>& cards,
                      const PrintSpec& spec, const ProofLayout& layout) {
    const Metrics m = metrics(spec);
    const int columns = std::max(1, std::min<int>(layout.columns, std::max<int>(1, cards.size())));
    ProofLayout L = layout;
    L.columns = columns;
    const int rows = (static_cast<int>(cards.size()) + columns - 1) / columns;
    const int width = m.gap + columns * (m.card_w + m.gap);
    TTF_Font* font = fonts.get(Face::Body, m.text_px);

    // The notes: every warning, numbered, wrapped to the sheet's width.
    std::vector<Note> notes;
    std::vector<std::vector<int>> numbers(cards.size());
    for (std::size_t i = 0; i < cards.size(); ++i)
        for (const std::string& w : cards[i].warnings) {
            notes.push_back(
                {static_cast<int>(notes.size()) + 1,
                 std::to_string(cards[i].card->number) + " " + cards[i].card->id + ": " + w});
            numbers[i].push_back(notes.back().number);
        }
    std::vector<std::pair<bool, std::string>> note_lines; // (first line of a note, text)
    for (const Note& n : notes) {
        auto lines = wrap(font, "[" + std::to_string(n.number) + "] " + n.text, width - 2 * m.gap);
        for (std::size_t k = 0; k < lines.size(); ++k)
            note_lines.emplace_back(k == 0, lines[k]);
    }
    const int height = m.top + rows * (m.card_h + m.caption) +
                       static_cast<int>(note_lines.size()) * m.line + m.gap;

    SurfacePtr sheet(
        SDL_CreateRGBSurfaceWithFormat(0, width, height, 32, SDL_PIXELFORMAT_ARGB8888));
    if (!sheet)
        throw std::runtime_error("cannot make a " + std::to_string(width) + "x" +
                                 std::to_string(height) + " image: " + SDL_GetError());
    RendererPtr renderer(SDL_CreateSoftwareRenderer(sheet.get()));
    if (!renderer)
        throw std::runtime_error(std::string("cannot make a software renderer: ") + SDL_GetError());
    SDL_Renderer* r = renderer.get();
    SDL_SetRenderDrawColor(r, kPaper.r, kPaper.g, kPaper.b, 0xff);
    SDL_RenderClear(r);
    TextPainter text(r, fonts);
    text.draw_line(layout.heading, Face::BodyBold, m.text_px, kInk, m.gap, m.gap / 2);

    CardImager imager(fonts, spec);
    for (std::size_t i = 0; i < cards.size(); ++i) {
        SDL_Rect slot = proof_slot(spec, L, static_cast<int>(i));
        SDL_Surface* face = imager.front(deck, *cards[i].card);
        TexturePtr t(SDL_CreateTextureFromSurface(r, face));
        if (t)
            SDL_RenderCopy(r, t.get(), nullptr, &slot);
        const Card& card = *cards[i].card;
        std::string caption = std::to_string(card.number) + "  " + card.id;
        auto fitted = wrap(font, caption, slot.w);
        text.draw_line(fitted.empty() ? caption : fitted.front(), Face::BodyBold, m.text_px, kInk,
                       slot.x, slot.y + slot.h + m.line / 4);
        if (numbers[i].empty())
            continue;
        // A red frame round the card, and which notes are about it.
        SDL_SetRenderDrawColor(r, kWarn.r, kWarn.g, kWarn.b, 0xff);
        // Apart from the card, so a trim guide on its edge stays its own.
        const int t_px = std::max(3, m.gap / 5), apart = std::max(2, m.gap / 6);
        for (int k = apart; k < apart + t_px; ++k) {
            SDL_Rect frame{slot.x - k, slot.y - k, slot.w + 2 * k, slot.h + 2 * k};
            SDL_RenderDrawRect(r, &frame);
        }
        std::string which = numbers[i].size() == 1 ? "warning" : "warnings";
        for (std::size_t k = 0; k < numbers[i].size(); ++k)
            which += (k ? ", [" : " [") + std::to_string(numbers[i][k]) + "]";
        text.draw_line(which, Face::Body, m.text_px, kWarn, slot.x,
                       slot.y + slot.h + m.line / 4 + m.line);
    }
    int y = m.top + rows * (m.card_h + m.caption);
    for (const auto& [first, line] : note_lines) {
        text.draw_line(line, Face::Body, m.text_px, kWarn, first ? m.gap : m.gap * 3 / 2, y);
        y += m.line;
    }
    SDL_RenderPresent(r);
    return sheet;
}

namespace {
cairo_status_t append(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}
} // namespace

std::optional<std::string> proof_pdf(SDL_Surface* s, int dpi, const std::string& title,
                                     std::string& error) {
    cairo_surface_t* img = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, s->w, s->h);
    cairo_surface_flush(img);
    unsigned char* dst = cairo_image_surface_get_data(img);
    const int stride = cairo_image_surface_get_stride(img);
    for (int y = 0; y < s->h; ++y)
        std::memcpy(dst + y * stride, static_cast<unsigned char*>(s->pixels) + y * s->pitch,
                    static_cast<std::size_t>(s->w) * 4);
    cairo_surface_mark_dirty(img);
    const double scale = 72.0 / dpi;
    std::string pdf;
    cairo_surface_t* surface =
        cairo_pdf_surface_create_for_stream(append, &pdf, s->w * scale, s->h * scale);
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title.c_str());
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "hearth-deck proof");
    cairo_t* cr = cairo_create(surface);
    cairo_scale(cr, scale, scale);
    cairo_set_source_surface(cr, img, 0, 0);
    cairo_paint(cr);
    cairo_show_page(cr);
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    cairo_status_t status = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    cairo_surface_destroy(img);
    if (status != CAIRO_STATUS_SUCCESS) {
        error = cairo_status_to_string(status);
        return std::nullopt;
    }
    return pdf;
}

} // namespace hearth::tools
