%% Atoms are compared by their characters, not by canonical equivalence: a precomposed é
%% (U+00E9) and an e followed by a combining acute accent (U+0301) name two atoms.
-module(atom_equivalent_names).
-export([main/0]).

main() ->
    Precomposed = list_to_atom([16#E9, $t, 16#E9]),
    Combining = list_to_atom([$e, 16#301, $t, $e, 16#301]),
    FromBinary = binary_to_atom(<<"e", 16#CC, 16#81, "te", 16#CC, 16#81>>, utf8),
    [Precomposed =:= Combining, Precomposed == Combining, Combining =:= FromBinary,
     Precomposed < Combining, lists:sort([Combining, Precomposed]),
     atom_to_binary(Precomposed), atom_to_binary(Combining),
     length(atom_to_list(Precomposed)), length(atom_to_list(Combining)),
     list_to_existing_atom([$e, 16#301, $t, $e, 16#301]) =:= Combining,
     erlang:phash2(Precomposed) =:= erlang:phash2(Combining),
     maps:size(#{Precomposed => 1, Combining => 2})].
