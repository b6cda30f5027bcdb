#pragma once

// Everything a view or an export asks of the graph, in one include.
#include "kakehashi/graph/cross_border.h"
#include "kakehashi/graph/filter_predicate.h"
#include "kakehashi/graph/metrics.h"
#include "kakehashi/graph/money.h"
#include "kakehashi/graph/neighbourhood.h"
#include "kakehashi/graph/paths.h"
#include "kakehashi/graph/subgraph.h"
