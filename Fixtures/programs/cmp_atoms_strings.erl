%% Ordering of atoms (by their text, not creation order), strings, and binaries,
%% including unicode atoms and characters above 255.
-module(cmp_atoms_strings).
-export([main/0]).

main() ->
    Atoms = [id(zebra), id(apple), id('Apple'), id('_x'), id(a@b), id('hello world'), id(''),
             id('αβγ'), id(ab), id(abc), id('9lives')],
    Strs = [id("zebra"), id("apple"), id("Apple"), id(""), id("ab"), id("abc"), id([955]), id([255])],
    Bins = [id(<<"zebra">>), id(<<"apple">>), id(<<>>), id(<<"ab">>), id(<<"abc">>),
            id(<<"αβ"/utf8>>), id(<<0>>)],
    [isort(Atoms), isort(Strs), isort(Bins),
     id('αβγ') > id(zzz), id("b") > id("abc"), id(<<"b">>) > id(<<"abc">>),
     atom_to_binary(id('αβγ')), atom_to_list(id('αβγ')), length(atom_to_list(id('αβγ')))].

isort(L) -> isort(L, []).
isort([], Acc) -> Acc;
isort([H | T], Acc) -> isort(T, insert(H, Acc)).

insert(X, []) -> [X];
insert(X, [H | T]) when X =< H -> [X, H | T];
insert(X, [H | T]) -> [H | insert(X, T)].

id(X) -> X.
