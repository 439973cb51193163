#include "tools/pdf_text.hpp"

#include <cairo-ft.h>
#include <hb-ft.h>
#include <hb.h>

#include <algorithm>
#include <cmath>

namespace hearth::tools {
namespace {

// One FreeType library for the process: cairo may keep a font face (and so
// its FT_Face) alive in its caches after the sheet that made it is done.
FT_Library library() {
    static FT_Library lib = [] {
        FT_Library l = nullptr;
        return FT_Init_FreeType(&l) == 0 ? l : nullptr;
    }();
    return lib;
}

cairo_user_data_key_t kFaceKey;

void done_face(void* face) {
    FT_Done_Face(static_cast<FT_Face>(face));
}

// HarfBuzz's clusters (the byte each glyph came from) as cairo's: in the
// text's order, each the bytes up to the next cluster and its glyphs. Right to
// left, the glyphs are in visual order and cairo reads them from the end.
std::vector<cairo_text_cluster_t> clusters_of(const hb_glyph_info_t* info, unsigned int n,
                                              std::size_t bytes, bool backward) {
    std::vector<unsigned int> starts;
    for (unsigned int i = 0; i < n; ++i)
        starts.push_back(info[i].cluster);
    std::sort(starts.begin(), starts.end());
    starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
    std::vector<cairo_text_cluster_t> out;
    if (n == 0 || starts.front() != 0)
        return out; // cairo then draws the glyphs without text
    for (unsigned int k = 0; k < n; ++k) {
        const unsigned int i = backward ? n - 1 - k : k;
        if (!out.empty() && info[backward ? i + 1 : i - 1].cluster == info[i].cluster) {
            ++out.back().num_glyphs;
            continue;
        }
        auto next = std::upper_bound(starts.begin(), starts.end(), info[i].cluster);
        const std::size_t end = next == starts.end() ? bytes : *next;
        out.push_back(cairo_text_cluster_t{int(end - info[i].cluster), 1});
    }
    return out;
}

} // namespace

struct PdfText::Font {
    FT_Face ft = nullptr;
    cairo_font_face_t* cairo = nullptr;
    hb_font_t* hb = nullptr;
    ~Font() {
        if (hb)
            hb_font_destroy(hb);
        if (cairo)
            cairo_font_face_destroy(cairo); // the last reference closes `ft`
        else if (ft)
            FT_Done_Face(ft);
    }
};

PdfText::PdfText(FontLibrary& fonts) : fonts_(fonts) {}
PdfText::~PdfText() = default;

PdfText::Font* PdfText::font(const std::string& file, int index) {
    auto key = std::make_pair(file, index);
    if (auto it = open_.find(key); it != open_.end())
        return it->second.get();
    auto f = std::make_unique<Font>();
    if (!library() || FT_New_Face(library(), file.c_str(), index, &f->ft) != 0 ||
        !FT_IS_SCALABLE(f->ft)) {
        if (f->ft)
            FT_Done_Face(f->ft);
        f->ft = nullptr;
        return open_.emplace(key, std::move(f)).first->second.get();
    }
    f->cairo = cairo_ft_font_face_create_for_ft_face(f->ft, 0);
    if (cairo_font_face_set_user_data(f->cairo, &kFaceKey, f->ft, done_face) !=
        CAIRO_STATUS_SUCCESS) {
        cairo_font_face_destroy(f->cairo);
        f->cairo = nullptr;
    }
    f->hb = hb_ft_font_create_referenced(f->ft);
    return open_.emplace(key, std::move(f)).first->second.get();
}

bool PdfText::take(const DrawnLine& line) {
    for (const FontRun& run : fonts_.runs(line.text, line.face, line.px, line.dir)) {
        if (run.scale != 1.0 || !run.file)
            return false; // a bitmap strike: stays in the image
        Font* f = font(*run.file, run.index);
        if (!f->ft || !f->cairo)
            return false;
    }
    lines_.push_back(line);
    return true;
}

void PdfText::draw(cairo_t* cr, const std::vector<DrawnLine>& lines) {
    for (const DrawnLine& line : lines)
        draw_line(cr, line);
}

void PdfText::draw_line(cairo_t* cr, const DrawnLine& line) {
    cairo_save(cr);
    if (line.clip) {
        cairo_rectangle(cr, line.clip->x, line.clip->y, line.clip->w, line.clip->h);
        cairo_clip(cr);
    }
    cairo_set_source_rgba(cr, line.color.r / 255.0, line.color.g / 255.0, line.color.b / 255.0,
                          line.color.a / 255.0);
    cairo_font_options_t* options = cairo_font_options_create();
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
    cairo_set_font_options(cr, options);
    cairo_font_options_destroy(options);
    // Every run of a line shares the face's baseline (as FontLibrary::render
    // aligns them).
    const double baseline = line.y + TTF_FontAscent(fonts_.get(line.face, line.px));
    double pen = line.x;
    hb_buffer_t* buf = hb_buffer_create();
    for (const FontRun& run : fonts_.runs(line.text, line.face, line.px, line.dir)) {
        std::string_view piece = std::string_view(line.text).substr(run.begin, run.end - run.begin);
        Font* f = font(*run.file, run.index);
        FT_Set_Char_Size(f->ft, 0, line.px * 64, 72, 72);
        hb_ft_font_changed(f->hb);
        hb_buffer_reset(buf);
        hb_buffer_add_utf8(buf, piece.data(), int(piece.size()), 0, int(piece.size()));
        if (run.script)
            hb_buffer_set_script(buf, hb_script_from_string(run.script, -1));
        hb_buffer_set_direction(buf, run.rtl ? HB_DIRECTION_RTL : HB_DIRECTION_LTR);
        hb_buffer_guess_segment_properties(buf);
        hb_shape(f->hb, buf, nullptr, 0);
        unsigned int n = 0;
        hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buf, &n);
        hb_glyph_position_t* pos = hb_buffer_get_glyph_positions(buf, &n);
        double advance = 0;
        for (unsigned int i = 0; i < n; ++i)
            advance += pos[i].x_advance / 64.0;
        // The painter's width of the run, so that centred and right-aligned
        // lines and the runs after this one land where the screen puts them.
        const double want = fonts_.width(piece, line.face, line.px);
        const double k = advance > 0 && want > 0 ? want / advance : 1.0;
        std::vector<cairo_glyph_t> glyphs(n);
        double x = 0;
        for (unsigned int i = 0; i < n; ++i) {
            glyphs[i].index = info[i].codepoint;
            glyphs[i].x = pen + (x + pos[i].x_offset / 64.0) * k;
            glyphs[i].y = baseline - pos[i].y_offset / 64.0;
            x += pos[i].x_advance / 64.0;
        }
        cairo_set_font_face(cr, f->cairo);
        cairo_set_font_size(cr, line.px);
        // With the clusters, the PDF maps ligatures (fi, tt ...) back to
        // their letters, so the text can be searched and copied.
        std::vector<cairo_text_cluster_t> clusters = clusters_of(info, n, piece.size(), run.rtl);
        if (clusters.empty())
            cairo_show_glyphs(cr, glyphs.data(), int(n));
        else
            cairo_show_text_glyphs(cr, piece.data(), int(piece.size()), glyphs.data(), int(n),
                                   clusters.data(), int(clusters.size()),
                                   run.rtl ? CAIRO_TEXT_CLUSTER_FLAG_BACKWARD
                                           : cairo_text_cluster_flags_t(0));
        pen += want;
    }
    hb_buffer_destroy(buf);
    cairo_restore(cr);
}

} // namespace hearth::tools
