%% Matching on maps in function heads, case and = : partial key patterns,
%% bound variables as keys, nested map patterns, and failed matches.
-module(map_match).
-export([main/0]).

main() ->
    People = [id(#{name => "ann", age => 30}), id(#{name => "bob"}),
              id(#{age => 7}), id(#{}), id(#{name => "cy", age => 70, role => admin})],
    K = id(secret),
    M = id(#{secret => 42, other => 1}),
    #{secret := S} = M,
    #{K := S2} = M,
    [[classify(P) || P <- People], S, S2,
     case M of #{other := 1, secret := X} -> {both, X}; _ -> neither end,
     case M of #{missing := _} -> found; #{} -> empty_pattern_matches end,
     nested(id(#{inner => #{value => 5}})), nested(id(#{inner => #{}})), nested(id(#{})),
     try #{absent := _} = M, ok catch error:{badmatch, _} -> badmatch end,
     lookup_all([1, 2, 3], id(#{1 => a, 3 => c}))].

classify(#{name := N, age := A}) when A >= 65 -> {senior, N};
classify(#{name := N, age := A}) -> {adult_or_child, N, A};
classify(#{name := N}) -> {name_only, N};
classify(#{age := A}) -> {age_only, A};
classify(#{}) -> nothing.

nested(#{inner := #{value := V}}) -> {value, V};
nested(#{inner := _}) -> inner_without_value;
nested(_) -> no_inner.

lookup_all([], _) -> [];
lookup_all([K | Ks], M) ->
    case M of
        #{K := V} -> [{K, V} | lookup_all(Ks, M)];
        _ -> [{K, missing} | lookup_all(Ks, M)]
    end.

id(X) -> X.
