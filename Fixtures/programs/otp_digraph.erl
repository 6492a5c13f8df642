%% Directed graphs with digraph and digraph_utils: vertices and edges with
%% labels, shortest paths, topological sort, cycles, strong components and
%% reachability (all results sorted where the library order is unspecified).
-module(otp_digraph).
-export([main/0]).

main() ->
    G = digraph:new(),
    [digraph:add_vertex(G, V) || V <- [a, b, c, d, e, f]],
    Edges = [{a, b}, {b, c}, {a, d}, {d, c}, {c, e}, {e, f}],
    [digraph:add_edge(G, X, Y) || {X, Y} <- Edges],
    Topo = digraph_utils:topsort(G),
    Path = digraph:get_short_path(G, a, f),
    NoPath = digraph:get_short_path(G, f, a),
    Reach = lists:sort(digraph_utils:reachable([d], G)),
    Acyclic = digraph_utils:is_acyclic(G),
    digraph:add_edge(G, f, a),
    Cyclic = digraph_utils:is_acyclic(G),
    Comps = lists:sort([lists:sort(C) || C <- digraph_utils:strong_components(G)]),
    Cycle = digraph:get_short_cycle(G, a),
    [Topo =/= false, valid_topo(Topo, Edges), Path, NoPath, Reach, Acyclic, Cyclic, Comps, Cycle,
     digraph:no_vertices(G), digraph:no_edges(G), lists:sort(digraph:out_neighbours(G, a)),
     lists:sort(digraph:in_neighbours(G, c)), digraph:out_degree(G, a)].

valid_topo(Order, Edges) ->
    Pos = maps:from_list(lists:zip(Order, lists:seq(1, length(Order)))),
    lists:all(fun({X, Y}) -> maps:get(X, Pos) < maps:get(Y, Pos) end, Edges).
