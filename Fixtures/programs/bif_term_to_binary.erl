%% The exact bytes of term_to_binary/1,2 for small terms of every
%% serialisable type (the atom encoding changed in OTP 26), minor_version
%% options, and sizes of larger terms. Maps here only have non-atom keys so
%% the byte order of their entries does not depend on atom creation order.
-module(bif_term_to_binary).
-export([main/0]).

main() ->
    Terms = [0, 255, 256, -1, 1 bsl 31, 1 bsl 32, -(1 bsl 40), 1 bsl 2100, 1.5, -0.0,
             a, 'Ω', '', true, [], "abc", [1, 300], [a | b], [1, [2]], {}, {a, 1}, <<>>, <<1, 2, 3>>,
             <<5:3>>, <<1, 7:4>>, #{}, #{1 => 2}, #{<<"k">> => [], 2 => {}},
             list_to_tuple(seq(1, 256)), seq(1, 256)],
    [[term_to_binary(id(T)) || T <- lists:reverse(tl(tl(lists:reverse(Terms))))],
     [byte_size(term_to_binary(id(T))) || T <- Terms],
     term_to_binary(id(1.5), [{minor_version, 0}]), term_to_binary(id(a), [{minor_version, 1}]),
     term_to_binary(id(abc), [{minor_version, 2}]), term_to_binary(id('Ω'), [{minor_version, 1}]),
     term_to_binary(id({ok, "x"}), [deterministic]),
     [binary_to_term(term_to_binary(id(T))) =:= T || T <- Terms],
     binary_to_term(term_to_binary(id(seq(1, 1000)), [compressed])) =:= seq(1, 1000),
     binary_to_term(term_to_binary(id(<<0:8000>>), [{compressed, 9}])) =:= <<0:8000>>].

seq(A, B) when A > B -> [];
seq(A, B) -> [A | seq(A + 1, B)].

id(X) -> X.
