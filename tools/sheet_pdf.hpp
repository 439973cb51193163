// Print-and-play sheets as PDF, written with cairo: card images placed at
// their exact physical size on the pages of layout_sheet, their text drawn
// over them as vector text in embedded fonts (pdf_text.hpp), crop marks on the
// cut lines, and, for duplex printing, a page of backs after each page of
// fronts, its columns mirrored so each back lands behind its front when the
// sheet is flipped on its long edge.
#pragma once

#include "engine/render/card_view.hpp"
#include "tools/card_images.hpp"
#include "tools/sheet_layout.hpp"

#include <functional>
#include <optional>
#include <string>

namespace hearth::tools {

struct SheetOptions {
    SheetSpec sheet;
    int dpi = 300;
    double safe = 3;     // the card images' safe margin, mm
    bool guides = false; // trim and safe lines on the card images
    bool backs = false;
    std::string title; // the PDF's title
};

// Called after each card is placed, with how many are done of how many.
using SheetProgress = std::function<void(int done, int total, const Card& card)>;

// The PDF, or nullopt with `error` set.
std::optional<std::string> make_sheet_pdf(FontLibrary& fonts, const Deck& deck,
                                          const std::vector<const Card*>& cards,
                                          const SheetOptions& options, std::string& error,
                                          const SheetProgress& progress = {});

} // namespace hearth::tools
