#include "tools/sheet_pdf.hpp"

#include "tools/pdf_text.hpp"

#include <cairo-pdf.h>
#include <cairo.h>

#include <cstring>
#include <map>
#include <memory>

namespace hearth::tools {
namespace {

template <auto Destroy> struct CairoDeleter {
    template <typename T> void operator()(T* p) const { Destroy(p); }
};
using CairoSurface = std::unique_ptr<cairo_surface_t, CairoDeleter<cairo_surface_destroy>>;
using Cairo = std::unique_ptr<cairo_t, CairoDeleter<cairo_destroy>>;

cairo_status_t append(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

// A copy of an ARGB8888 SDL surface as a cairo image (the same pixel layout;
// the card images are opaque, so premultiplying changes nothing).
CairoSurface to_cairo(SDL_Surface* s) {
    CairoSurface img(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, s->w, s->h));
    cairo_surface_flush(img.get());
    unsigned char* dst = cairo_image_surface_get_data(img.get());
    int stride = cairo_image_surface_get_stride(img.get());
    for (int y = 0; y < s->h; ++y)
        std::memcpy(dst + y * stride, static_cast<unsigned char*>(s->pixels) + y * s->pitch,
                    static_cast<std::size_t>(s->w) * 4);
    cairo_surface_mark_dirty(img.get());
    return img;
}

// A card image with the text lines taken from it.
struct Face {
    CairoSurface image;
    std::vector<DrawnLine> text;
};

Face take_face(SDL_Surface* image, PdfText& text) {
    return Face{to_cairo(image), text.take_lines()};
}

// Paints the face to fill the box (in mm) on `cr`, whose unit is the point,
// and its text over it, in the image's pixels.
void place(cairo_t* cr, const Face& face, PdfText& text, const SheetLayout::Box& box) {
    cairo_surface_t* img = face.image.get();
    cairo_save(cr);
    cairo_translate(cr, box.x * kPointsPerMm, box.y * kPointsPerMm);
    cairo_scale(cr, box.w * kPointsPerMm / cairo_image_surface_get_width(img),
                box.h * kPointsPerMm / cairo_image_surface_get_height(img));
    cairo_rectangle(cr, 0, 0, cairo_image_surface_get_width(img),
                    cairo_image_surface_get_height(img));
    cairo_clip(cr);
    cairo_set_source_surface(cr, img, 0, 0);
    cairo_paint(cr);
    text.draw(cr, face.text);
    cairo_restore(cr);
}

void draw_marks(cairo_t* cr, const SheetLayout& layout) {
    cairo_save(cr);
    cairo_set_source_rgb(cr, 0, 0, 0);
    cairo_set_line_width(cr, 0.5);
    for (const Line& l : layout.marks) {
        cairo_move_to(cr, l.x0 * kPointsPerMm, l.y0 * kPointsPerMm);
        cairo_line_to(cr, l.x1 * kPointsPerMm, l.y1 * kPointsPerMm);
    }
    cairo_stroke(cr);
    cairo_restore(cr);
}

} // namespace

std::optional<std::string> make_sheet_pdf(FontLibrary& fonts, const Deck& deck,
                                          const std::vector<const Card*>& cards,
                                          const SheetOptions& options, std::string& error,
                                          const SheetProgress& progress) {
    const SheetSpec& spec = options.sheet;
    SheetLayout layout = layout_sheet(spec);
    if (layout.per_page() == 0) {
        error = "a card with its bleed does not fit on the page";
        return std::nullopt;
    }
    CardImager imager(fonts,
                      PrintSpec{spec.card, spec.bleed, options.dpi, options.safe, options.guides});
    // Declared before the surface: cairo finishes the PDF with its fonts open.
    PdfText text(fonts);
    imager.set_text_sink(&text);
    std::string pdf;
    CairoSurface surface(cairo_pdf_surface_create_for_stream(
        append, &pdf, spec.paper.w * kPointsPerMm, spec.paper.h * kPointsPerMm));
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE, options.title.c_str());
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATOR, "hearth-deck sheet");
    Cairo cr(cairo_create(surface.get()));

    std::map<std::string, Face> backs;
    int total = static_cast<int>(cards.size()), done = 0;
    for (std::size_t first = 0; first < cards.size();
         first += static_cast<std::size_t>(layout.per_page())) {
        std::size_t n = std::min(cards.size() - first, static_cast<std::size_t>(layout.per_page()));
        for (std::size_t i = 0; i < n; ++i) {
            const Card& card = *cards[first + i];
            Face face = take_face(imager.front(deck, card), text);
            place(cr.get(), face, text, layout.with_bleed(static_cast<int>(i), false, spec));
            if (progress)
                progress(++done, total, card);
        }
        draw_marks(cr.get(), layout);
        cairo_show_page(cr.get());
        if (!options.backs)
            continue;
        for (std::size_t i = 0; i < n; ++i) {
            // One picture for each back: a type's, or a card's own.
            const Card& card = *cards[first + i];
            const std::string key = card.back_file.empty() && !card.two_sided()
                                        ? "type:" + card.type
                                        : "card:" + card.id;
            auto it = backs.find(key);
            if (it == backs.end())
                it = backs.emplace(key, take_face(imager.back(deck, card), text)).first;
            place(cr.get(), it->second, text, layout.with_bleed(static_cast<int>(i), true, spec));
        }
        draw_marks(cr.get(), layout);
        cairo_show_page(cr.get());
    }
    cr.reset();
    cairo_surface_finish(surface.get());
    if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) {
        error = cairo_status_to_string(cairo_surface_status(surface.get()));
        return std::nullopt;
    }
    return pdf;
}

} // namespace hearth::tools
