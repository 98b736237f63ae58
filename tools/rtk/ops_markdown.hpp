#pragma once
// `rtk ops --markdown`: docs/operations.md, made from the operations' descriptors (a test checks
// that the committed file is exactly this output).

#include <ostream>

void print_operations_markdown(std::ostream& out);
