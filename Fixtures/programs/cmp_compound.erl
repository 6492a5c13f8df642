%% Comparison of compound terms: tuples by size then elements, lists
%% lexicographically, maps by size then keys then values, binaries bytewise,
%% and nested structures with int/float elements (== vs =:=).
-module(cmp_compound).
-export([main/0]).

main() ->
    T = fun(A, B) -> {id(A) < id(B), id(A) == id(B), id(A) =:= id(B)} end,
    [T({1, 2, 3}, {1, 2, 4}), T({9}, {1, 1}), T({1, 2.0}, {1, 2}),
     T([1, 2], [1, 2, 3]), T([2], [1, 2, 3]), T([1, {2}], [1, {2.0}]), T("abc", "abd"),
     T(#{a => 1}, #{a => 1, b => 2}), T(#{a => 2}, #{b => 1}), T(#{a => 1}, #{a => 2}),
     T(#{1 => a}, #{1.0 => a}), T(#{a => 1}, #{a => 1.0}), T(#{b => 1}, #{a => 2}),
     T(#{1 => x}, #{a => x}), T(#{1.0 => x}, #{2 => x}),
     T(<<1, 2, 3>>, <<1, 2>>), T(<<1:4>>, <<1>>), T(<<0:1>>, <<>>), T(<<255>>, <<1, 0>>),
     T([a | b], [a | c]), T([a | b], [a, b]), T({[1]}, {[1.0]}),
     T(#{{1, 2} => [3]}, #{{1, 2.0} => [3]}), T([[]], [[], []])].

id(X) -> X.
