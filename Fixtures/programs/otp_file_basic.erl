%% Whole-file reads and writes, directories, renames, deletes and file information
%% through OTP's file module (file_server_2 and prim_file), in a scratch directory.
-module(otp_file_basic).
-export([main/0]).

-include_lib("kernel/include/file.hrl").

main() ->
    Dir = scratch_dir(),
    try run(Dir) after cleanup(Dir) end.

scratch_dir() ->
    Dir = filename:join("/tmp", "beamr_otp_file_basic_" ++ os:getpid() ++ "_"
                        ++ integer_to_list(erlang:unique_integer([positive]))),
    ok = file:make_dir(Dir),
    Dir.

cleanup(Dir) ->
    {ok, Names} = file:list_dir(Dir),
    [cleanup_entry(filename:join(Dir, N)) || N <- Names],
    ok = file:del_dir(Dir).

cleanup_entry(Path) ->
    case filelib:is_dir(Path) of
        true -> cleanup(Path);
        false -> ok = file:delete(Path)
    end.

run(Dir) ->
    A = filename:join(Dir, "a.txt"),
    B = filename:join(Dir, "b.txt"),
    Sub = filename:join(Dir, "sub"),
    Missing = filename:join(Dir, "missing"),
    W1 = file:write_file(A, <<"hello\nworld\n">>),
    R1 = file:read_file(A),
    W2 = file:write_file(A, ["more", $\s, <<"data">>, [[$!]]], [append]),
    R2 = file:read_file(A),
    W3 = file:write_file(B, "second"),
    Big = binary:copy(<<"0123456789abcdef">>, 10000),
    W4 = file:write_file(filename:join(Dir, "big.bin"), Big),
    {ok, BigBack} = file:read_file(filename:join(Dir, "big.bin")),
    Empty = filename:join(Dir, "empty"),
    W5 = file:write_file(Empty, <<>>),
    R5 = file:read_file(Empty),
    Errors = [file:read_file(Missing),
              file:read_file(Dir),
              file:write_file(filename:join(Missing, "x"), <<"x">>),
              file:write_file(Dir, <<"x">>),
              file:delete(Missing),
              file:delete(Sub),
              file:del_dir(Missing),
              file:del_dir(A),
              file:list_dir(Missing),
              file:list_dir(A),
              file:rename(Missing, B),
              file:make_dir(filename:join(Missing, "x"))],
    M1 = file:make_dir(Sub),
    M2 = file:make_dir(Sub),
    ok = file:write_file(filename:join(Sub, "inner"), <<"in">>),
    NotEmpty = file:del_dir(Sub),
    L1 = file:list_dir(Dir),
    Ren = file:rename(B, filename:join(Sub, "moved.txt")),
    L2 = file:list_dir(Sub),
    RenDirOverFile = file:rename(Sub, A),
    RenFileOverDir = file:rename(A, Sub),
    {ok, InfoA} = file:read_file_info(A),
    {ok, InfoSub} = file:read_file_info(Sub),
    {ok, InfoPosix} = file:read_file_info(A, [{time, posix}]),
    {ok, InfoLink} = file:read_link_info(A),
    Info = [{InfoA#file_info.size, InfoA#file_info.type, InfoA#file_info.access,
             InfoA#file_info.mode band 8#777 =/= 0},
            {InfoSub#file_info.type, InfoSub#file_info.access},
            is_integer(InfoPosix#file_info.mtime),
            element(1, InfoA#file_info.mtime) =:= element(1, erlang:localtime()),
            InfoLink#file_info.type],
    InfoErr = file:read_file_info(Missing),
    Chmod = file:write_file_info(A, #file_info{mode = 8#600}),
    {ok, #file_info{mode = Mode}} = file:read_file_info(A),
    SetTime = file:write_file_info(A, #file_info{mtime = {{2020, 1, 2}, {3, 4, 5}}, atime = {{2020, 1, 2}, {3, 4, 5}}}),
    {ok, #file_info{mtime = MTime}} = file:read_file_info(A),
    Link = file:make_symlink("a.txt", filename:join(Dir, "link")),
    ReadLink = file:read_link(filename:join(Dir, "link")),
    {ok, LinkInfo} = file:read_link_info(filename:join(Dir, "link")),
    {ok, LinkTarget} = file:read_file_info(filename:join(Dir, "link")),
    NotLink = file:read_link(A),
    Cwd = case file:get_cwd() of {ok, C} -> is_list(C); E -> E end,
    [{writes, W1, W2, W3, W4, W5}, {reads, R1, R2, R5},
     {big, byte_size(BigBack), BigBack =:= Big},
     {errors, Errors},
     {dirs, M1, M2, NotEmpty, lists:sort(element(2, L1)), Ren, lists:sort(element(2, L2))},
     {renames, RenDirOverFile, RenFileOverDir},
     {info, Info, InfoErr},
     {write_info, Chmod, Mode band 8#777, SetTime, MTime},
     {links, Link, ReadLink, LinkInfo#file_info.type, LinkTarget#file_info.type, NotLink},
     {cwd, Cwd}].
