{module,str_conversions}.
{exports,[{main,0},{module_info,0},{module_info,1}]}.
{attributes,[]}.
{labels,20}.
{function,main,0,2}.
{label,1}.
{line,[{location,"str_conversions.erl",8}]}.
{func_info,{atom,str_conversions},{atom,main},0}.
{label,2}.
{allocate,31,0}.
{init_yregs,{list,[{y,0},{y,1},{y,2},{y,3},{y,4},{y,5},{y,6},{y,7},{y,8},{y,9},{y,10},{y,11},{y,12},{y,13},{y,14},{y,15},{y,16},{y,17},{y,18},{y,19},{y,20},{y,21},{y,22},{y,23},{y,24},{y,25},{y,26},{y,27},{y,28},{y,29},{y,30}]}}.
{move,{atom,hello},{x,0}}.
{line,[{location,"str_conversions.erl",9}]}.
{call,1,{f,15}}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[hello,'with space']},{t_cons,{t_integer,{45,122}},nil},{t_number,{-255,18446744073709551616}},[{{2,{t_integer,{1,1}}},{t_tuple,2,true,#{1 => {t_integer,{1,1}},2 => {t_integer,{2,2}}}}}],none,{t_bitstring,8,false}}}]}}.
{call_ext,1,{extfunc,erlang,atom_to_list,1}}.
{move,{x,0},{y,29}}.
{move,{atom,hello},{x,0}}.
{call,1,{f,15}}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[hello,'with space']},{t_cons,{t_integer,{45,122}},nil},{t_number,{-255,18446744073709551616}},[{{2,{t_integer,{1,1}}},{t_tuple,2,true,#{1 => {t_integer,{1,1}},2 => {t_integer,{2,2}}}}}],none,{t_bitstring,8,false}}}]}}.
{call_ext,1,{extfunc,erlang,atom_to_binary,1}}.
{move,{x,0},{y,28}}.
{move,{atom,'with space'},{x,0}}.
{call,1,{f,15}}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[hello,'with space']},{t_cons,{t_integer,{45,122}},nil},{t_number,{-255,18446744073709551616}},[{{2,{t_integer,{1,1}}},{t_tuple,2,true,#{1 => {t_integer,{1,1}},2 => {t_integer,{2,2}}}}}],none,{t_bitstring,8,false}}}]}}.
{move,{atom,latin1},{x,1}}.
{call_ext,2,{extfunc,erlang,atom_to_binary,2}}.
{move,{x,0},{y,27}}.
{move,{literal,"made_up"},{x,0}}.
{line,[{location,"str_conversions.erl",10}]}.
{call,1,{f,15}}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[hello,'with space']},{t_cons,{t_integer,{45,122}},nil},{t_number,{-255,18446744073709551616}},[{{2,{t_integer,{1,1}}},{t_tuple,2,true,#{1 => {t_integer,{1,1}},2 => {t_integer,{2,2}}}}}],none,{t_bitstring,8,false}}}]}}.
{call_ext,1,{extfunc,erlang,list_to_atom,1}}.
{move,{x,0},{y,26}}.
{move,{literal,<<"also_made">>},{x,0}}.
{call,1,{f,15}}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[hello,'with space']},{t_cons,{t_integer,{45,122}},nil},{t_number,{-255,18446744073709551616}},[{{2,{t_integer,{1,1}}},{t_tuple,2,true,#{1 => {t_integer,{1,1}},2 => {t_integer,{2,2}}}}}],none,{t_bitstring,8,false}}}]}}.
{call_ext,1,{extfunc,erlang,binary_to_atom,1}}.
{move,{x,0},{y,25}}.
{move,{literal,<<"l1">>},{x,0}}.
{call,1,{f,15}}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[hello,'with space']},{t_cons,{t_integer,{45,122}},nil},{t_number,{-255,18446744073709551616}},[{{2,{t_integer,{1,1}}},{t_tuple,2,true,#{1 => {t_integer,{1,1}},2 => {t_integer,{2,2}}}}}],none,{t_bitstring,8,false}}}]}}.
{move,{atom,latin1},{x,1}}.
{call_ext,2,{extfunc,erlang,binary_to_atom,2}}.
{move,{x,0},{y,24}}.
{move,{literal,"hello"},{x,0}}.
{line,[{location,"str_conversions.erl",11}]}.
{call,1,{f,15}}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[hello,'with space']},{t_cons,{t_integer,{45,122}},nil},{t_number,{-255,18446744073709551616}},[{{2,{t_integer,{1,1}}},{t_tuple,2,true,#{1 => {t_integer,{1,1}},2 => {t_integer,{2,2}}}}}],none,{t_bitstring,8,false}}}]}}.
{call_ext,1,{extfunc,erlang,list_to_existing_atom,1}}.
{move,{x,0},{y,23}}.
{move,{literal,<<"ok">>},{x,0}}.
{call,1,{f,15}}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[hello,'with space']},{t_cons,{t_integer,{45,122}},nil},{t_number,{-255,18446744073709551616}},[{{2,{t_integer,{1,1}}},{t_tuple,2,true,#{1 => {t_integer,{1,1}},2 => {t_integer,{2,2}}}}}],none,{t_bitstring,8,false}}}]}}.
{move,{atom,utf8},{x,1}}.
{call_ext,2,{extfunc,erlang,binary_to_existing_atom,2}}.
{move,{x,0},{y,22}}.
{move,{integer,255},{x,0}}.
{line,[{location,"str_conversions.erl",12}]}.
{call,1,{f,15}}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[hello,'with space']},{t_cons,{t_integer,{45,122}},nil},{t_number,{-255,18446744073709551616}},[{{2,{t_integer,{1,1}}},{t_tuple,2,true,#{1 => {t_integer,{1,1}},2 => {t_integer,{2,2}}}}}],none,{t_bitstring,8,false}}}]}}.
{call_ext,1,{extfunc,erlang,integer_to_list,1}}.
{move,{x,0},{y,21}}.
{move,{integer,255},{x,0}}.
{call,1,{f,15}}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[hello,'with space']},{t_cons,{t_integer,{45,122}},nil},{t_number,{-255,18446744073709551616}},[{{2,{t_integer,{1,1}}},{t_tuple,2,true,#{1 => {t_integer,{1,1}},2 => {t_integer,{2,2}}}}}],none,{t_bitstring,8,false}}}]}}.
{move,{integer,16},{x,1}}.
{call_ext,2,{extfunc,erlang,integer_to_list,2}}.
{move,{x,0},{y,20}}.
{move,{integer,-255},{x,0}}.
{call,1,{f,15}}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[hello,'with space']},{t_cons,{t_integer,{45,122}},nil},{t_number,{-255,18446744073709551616}},[{{2,{t_integer,{1,1}}},{t_tuple,2,true,#{1 => {t_integer,{1,1}},2 => {t_integer,{2,2}}}}}],none,{t_bitstring,8,false}}}]}}.
{move,{integer,2},{x,1}}.
{call_ext,2,{extfunc,erlang,integer_to_list,2}}.
{move,{x,0},{y,19}}.
{move,{integer,35},{x,0}}.
{line,[{location,"str_conversions.erl",13}]}.
{call,1,{f,15}}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[hello,'with space']},{t_cons,{t_integer,{45,122}},nil},{t_number,{-255,18446744073709551616}},[{{2,{t_integer,{1,1}}},{t_tuple,2,true,#{1 => {t_integer,{1,1}},2 => {t_integer,{2,2}}}}}],none,{t_bitstring,8,false}}}]}}.
{move,{integer,36},{x,1}}.
{call_ext,2,{extfunc,erlang,integer_to_binary,2}}.
{move,{x,0},{y,18}}.
{move,{integer,0},{x,0}}.
{call,1,{f,15}}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[hello,'with space']},{t_cons,{t_integer,{45,122}},nil},{t_number,{-255,18446744073709551616}},[{{2,{t_integer,{1,1}}},{t_tuple,2,true,#{1 => {t_integer,{1,1}},2 => {t_integer,{2,2}}}}}],none,{t_bitstring,8,false}}}]}}.
{call_ext,1,{extfunc,erlang,integer_to_binary,1}}.
{move,{x,0},{y,17}}.
{move,{literal,"-0042"},{x,0}}.
{call,1,{f,15}}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[hello,'with space']},{t_cons,{t_integer,{45,122}},nil},{t_number,{-255,18446744073709551616}},[{{2,{t_integer,{1,1}}},{t_tuple,2,true,#{1 => {t_integer,{1,1}},2 => {t_integer,{2,2}}}}}],none,{t_bitstring,8,false}}}]}}.
{call_ext,1,{extfunc,erlang,list_to_integer,1}}.
{move,{x,0},{y,16}}.
{move,{literal,"ff"},{x,0}}.
{line,[{location,"str_conversions.erl",14}]}.
{call,1,{f,15}}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[hello,'with space']},{t_cons,{t_integer,{45,122}},nil},{t_number,{-255,18446744073709551616}},[{{2,{t_integer,{1,1}}},{t_tuple,2,true,#{1 => {t_integer,{1,1}},2 => {t_integer,{2,2}}}}}],none,{t_bitstring,8,false}}}]}}.
{move,{integer,16},{x,1}}.
{call_ext,2,{extfunc,erlang,list_to_integer,2}}.
{move,{x,0},{y,15}}.
{move,{literal,"Zz"},{x,0}}.
{call,1,{f,15}}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[hello,'with space']},{t_cons,{t_integer,{45,122}},nil},{t_number,{-255,18446744073709551616}},[{{2,{t_integer,{1,1}}},{t_tuple,2,true,#{1 => {t_integer,{1,1}},2 => {t_integer,{2,2}}}}}],none,{t_bitstring,8,false}}}]}}.
{move,{integer,36},{x,1}}.
{call_ext,2,{extfunc,erlang,list_to_integer,2}}.
{move,{x,0},{y,14}}.
{move,{literal,<<"+17">>},{x,0}}.
{call,1,{f,15}}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[hello,'with space']},{t_cons,{t_integer,{45,122}},nil},{t_number,{-255,18446744073709551616}},[{{2,{t_integer,{1,1}}},{t_tuple,2,true,#{1 => {t_integer,{1,1}},2 => {t_integer,{2,2}}}}}],none,{t_bitstring,8,false}}}]}}.
{call_ext,1,{extfunc,erlang,binary_to_integer,1}}.
{move,{x,0},{y,13}}.
{move,{literal,<<"777">>},{x,0}}.
{line,[{location,"str_conversions.erl",15}]}.
{call,1,{f,15}}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[hello,'with space']},{t_cons,{t_integer,{45,122}},nil},{t_number,{-255,18446744073709551616}},[{{2,{t_integer,{1,1}}},{t_tuple,2,true,#{1 => {t_integer,{1,1}},2 => {t_integer,{2,2}}}}}],none,{t_bitstring,8,false}}}]}}.
{move,{integer,8},{x,1}}.
{call_ext,2,{extfunc,erlang,binary_to_integer,2}}.
{move,{x,0},{y,12}}.
{move,{literal,"bytes"},{x,0}}.
{call,1,{f,15}}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[hello,'with space']},{t_cons,{t_integer,{45,122}},nil},{t_number,{-255,18446744073709551616}},[{{2,{t_integer,{1,1}}},{t_tuple,2,true,#{1 => {t_integer,{1,1}},2 => {t_integer,{2,2}}}}}],none,{t_bitstring,8,false}}}]}}.
{call_ext,1,{extfunc,erlang,list_to_binary,1}}.
{move,{x,0},{y,11}}.
{move,{literal,<<"chars">>},{x,0}}.
{call,1,{f,15}}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[hello,'with space']},{t_cons,{t_integer,{45,122}},nil},{t_number,{-255,18446744073709551616}},[{{2,{t_integer,{1,1}}},{t_tuple,2,true,#{1 => {t_integer,{1,1}},2 => {t_integer,{2,2}}}}}],none,{t_bitstring,8,false}}}]}}.
{call_ext,1,{extfunc,erlang,binary_to_list,1}}.
{move,{x,0},{y,10}}.
{move,{literal,{1,2}},{x,0}}.
{line,[{location,"str_conversions.erl",16}]}.
{call,1,{f,15}}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[hello,'with space']},{t_cons,{t_integer,{45,122}},nil},{t_number,{-255,18446744073709551616}},[{{2,{t_integer,{1,1}}},{t_tuple,2,true,#{1 => {t_integer,{1,1}},2 => {t_integer,{2,2}}}}}],none,{t_bitstring,8,false}}}]}}.
{call_ext,1,{extfunc,erlang,tuple_to_list,1}}.
{move,{x,0},{y,9}}.
{move,{literal,"ab"},{x,0}}.
{call,1,{f,15}}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[hello,'with space']},{t_cons,{t_integer,{45,122}},nil},{t_number,{-255,18446744073709551616}},[{{2,{t_integer,{1,1}}},{t_tuple,2,true,#{1 => {t_integer,{1,1}},2 => {t_integer,{2,2}}}}}],none,{t_bitstring,8,false}}}]}}.
{call_ext,1,{extfunc,erlang,list_to_tuple,1}}.
{move,{x,0},{y,8}}.
{move,{float,1.5},{x,0}}.
{call,1,{f,15}}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[hello,'with space']},{t_cons,{t_integer,{45,122}},nil},{t_number,{-255,18446744073709551616}},[{{2,{t_integer,{1,1}}},{t_tuple,2,true,#{1 => {t_integer,{1,1}},2 => {t_integer,{2,2}}}}}],none,{t_bitstring,8,false}}}]}}.
{move,{literal,[short]},{x,1}}.
{call_ext,2,{extfunc,erlang,float_to_list,2}}.
{move,{x,0},{y,7}}.
{move,{integer,18446744073709551616},{x,0}}.
{line,[{location,"str_conversions.erl",17}]}.
{call,1,{f,15}}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[hello,'with space']},{t_cons,{t_integer,{45,122}},nil},{t_number,{-255,18446744073709551616}},[{{2,{t_integer,{1,1}}},{t_tuple,2,true,#{1 => {t_integer,{1,1}},2 => {t_integer,{2,2}}}}}],none,{t_bitstring,8,false}}}]}}.
{move,{integer,36},{x,1}}.
{call_ext,2,{extfunc,erlang,integer_to_list,2}}.
{move,{x,0},{y,6}}.
{move,{literal,"1.5e3"},{x,0}}.
{call,1,{f,15}}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[hello,'with space']},{t_cons,{t_integer,{45,122}},nil},{t_number,{-255,18446744073709551616}},[{{2,{t_integer,{1,1}}},{t_tuple,2,true,#{1 => {t_integer,{1,1}},2 => {t_integer,{2,2}}}}}],none,{t_bitstring,8,false}}}]}}.
{call_ext,1,{extfunc,erlang,list_to_float,1}}.
{move,{x,0},{y,5}}.
{move,{literal,<<"-0.25">>},{x,0}}.
{call,1,{f,15}}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[hello,'with space']},{t_cons,{t_integer,{45,122}},nil},{t_number,{-255,18446744073709551616}},[{{2,{t_integer,{1,1}}},{t_tuple,2,true,#{1 => {t_integer,{1,1}},2 => {t_integer,{2,2}}}}}],none,{t_bitstring,8,false}}}]}}.
{call_ext,1,{extfunc,erlang,binary_to_float,1}}.
{move,{x,0},{y,4}}.
{'try',{y,30},{f,3}}.
{move,{literal,"surely_never_existing_atom_q9z"},{x,0}}.
{line,[{location,"str_conversions.erl",18}]}.
{call,1,{f,15}}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[hello,'with space']},{t_cons,{t_integer,{45,122}},nil},{t_number,{-255,18446744073709551616}},[{{2,{t_integer,{1,1}}},{t_tuple,2,true,#{1 => {t_integer,{1,1}},2 => {t_integer,{2,2}}}}}],none,{t_bitstring,8,false}}}]}}.
{call_ext,1,{extfunc,erlang,list_to_existing_atom,1}}.
{try_end,{y,30}}.
{move,{x,0},{y,3}}.
{jump,{f,4}}.
{label,3}.
{try_case,{y,30}}.
{test,is_eq_exact,{f,13},[{tr,{x,0},{t_atom,[error,exit,throw]}},{atom,error}]}.
{move,{x,1},{y,3}}.
{label,4}.
{'try',{y,30},{f,5}}.
{move,{literal,"12.5"},{x,0}}.
{line,[{scope,"\f\r"},{location,"str_conversions.erl",19}]}.
{call,1,{f,15}}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[hello,'with space']},{t_cons,{t_integer,{45,122}},nil},{t_number,{-255,18446744073709551616}},[{{2,{t_integer,{1,1}}},{t_tuple,2,true,#{1 => {t_integer,{1,1}},2 => {t_integer,{2,2}}}}}],none,{t_bitstring,8,false}}}]}}.
{call_ext,1,{extfunc,erlang,list_to_integer,1}}.
{try_end,{y,30}}.
{move,{x,0},{y,2}}.
{jump,{f,6}}.
{label,5}.
{try_case,{y,30}}.
{test,is_eq_exact,{f,13},[{tr,{x,0},{t_atom,[error,exit,throw]}},{atom,error}]}.
{move,{x,1},{y,2}}.
{label,6}.
{'try',{y,30},{f,7}}.
{move,{literal,<<>>},{x,0}}.
{line,[{scope,"\t\n"},{location,"str_conversions.erl",20}]}.
{call,1,{f,15}}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[hello,'with space']},{t_cons,{t_integer,{45,122}},nil},{t_number,{-255,18446744073709551616}},[{{2,{t_integer,{1,1}}},{t_tuple,2,true,#{1 => {t_integer,{1,1}},2 => {t_integer,{2,2}}}}}],none,{t_bitstring,8,false}}}]}}.
{call_ext,1,{extfunc,erlang,binary_to_integer,1}}.
{try_end,{y,30}}.
{move,{x,0},{y,1}}.
{jump,{f,8}}.
{label,7}.
{try_case,{y,30}}.
{test,is_eq_exact,{f,13},[{tr,{x,0},{t_atom,[error,exit,throw]}},{atom,error}]}.
{move,{x,1},{y,1}}.
{label,8}.
{'try',{y,30},{f,9}}.
{move,{literal,"10"},{x,0}}.
{line,[{scope,[6,7]},{location,"str_conversions.erl",21}]}.
{call,1,{f,15}}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[hello,'with space']},{t_cons,{t_integer,{45,122}},nil},{t_number,{-255,18446744073709551616}},[{{2,{t_integer,{1,1}}},{t_tuple,2,true,#{1 => {t_integer,{1,1}},2 => {t_integer,{2,2}}}}}],none,{t_bitstring,8,false}}}]}}.
{move,{integer,37},{x,1}}.
{call_ext,2,{extfunc,erlang,list_to_integer,2}}.
{try_end,{y,30}}.
{move,{x,0},{y,0}}.
{jump,{f,10}}.
{label,9}.
{try_case,{y,30}}.
{test,is_eq_exact,{f,13},[{tr,{x,0},{t_atom,[error,exit,throw]}},{atom,error}]}.
{move,{x,1},{y,0}}.
{label,10}.
{'try',{y,30},{f,11}}.
{move,{literal,"str"},{x,0}}.
{line,[{scope,[3,4]},{location,"str_conversions.erl",22}]}.
{call,1,{f,15}}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[hello,'with space']},{t_cons,{t_integer,{45,122}},nil},{t_number,{-255,18446744073709551616}},[{{2,{t_integer,{1,1}}},{t_tuple,2,true,#{1 => {t_integer,{1,1}},2 => {t_integer,{2,2}}}}}],none,{t_bitstring,8,false}}}]}}.
{call_ext,1,{extfunc,erlang,atom_to_list,1}}.
{try_end,{y,30}}.
{jump,{f,12}}.
{label,11}.
{try_case,{y,30}}.
{test,is_eq_exact,{f,13},[{tr,{x,0},{t_atom,[error,exit,throw]}},{atom,error}]}.
{move,{x,1},{x,0}}.
{label,12}.
{test_heap,62,1}.
{put_list,{x,0},nil,{x,0}}.
{put_list,{y,0},{x,0},{x,0}}.
{put_list,{y,1},{x,0},{x,0}}.
{put_list,{y,2},{x,0},{x,0}}.
{put_list,{y,3},{x,0},{x,0}}.
{put_list,{y,4},{x,0},{x,0}}.
{put_list,{y,5},{x,0},{x,0}}.
{put_list,{y,6},{x,0},{x,0}}.
{put_list,{y,7},{x,0},{x,0}}.
{put_list,{y,8},{x,0},{x,0}}.
{put_list,{y,9},{x,0},{x,0}}.
{put_list,{y,10},{x,0},{x,0}}.
{put_list,{y,11},{x,0},{x,0}}.
{put_list,{y,12},{x,0},{x,0}}.
{put_list,{y,13},{x,0},{x,0}}.
{put_list,{y,14},{x,0},{x,0}}.
{put_list,{y,15},{x,0},{x,0}}.
{put_list,{y,16},{x,0},{x,0}}.
{put_list,{y,17},{x,0},{x,0}}.
{put_list,{y,18},{x,0},{x,0}}.
{put_list,{y,19},{x,0},{x,0}}.
{put_list,{y,20},{x,0},{x,0}}.
{put_list,{y,21},{x,0},{x,0}}.
{put_list,{y,22},{x,0},{x,0}}.
{put_list,{y,23},{x,0},{x,0}}.
{put_list,{y,24},{x,0},{x,0}}.
{put_list,{y,25},{x,0},{x,0}}.
{put_list,{y,26},{x,0},{x,0}}.
{put_list,{y,27},{x,0},{x,0}}.
{put_list,{y,28},{x,0},{x,0}}.
{put_list,{y,29},{x,0},{x,0}}.
{deallocate,31}.
return.
{label,13}.
{bif,raise,{f,0},[{x,2},{x,1}],{x,0}}.
{function,id,1,15}.
{label,14}.
{line,[{location,"str_conversions.erl",24}]}.
{func_info,{atom,str_conversions},{atom,id},1}.
{label,15}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[hello,'with space']},{t_cons,{t_integer,{45,122}},nil},{t_number,{-255,18446744073709551616}},[{{2,{t_integer,{1,1}}},{t_tuple,2,true,#{1 => {t_integer,{1,1}},2 => {t_integer,{2,2}}}}}],none,{t_bitstring,8,false}}}]}}.
return.
{function,module_info,0,17}.
{label,16}.
{line,[]}.
{func_info,{atom,str_conversions},{atom,module_info},0}.
{label,17}.
{move,{atom,str_conversions},{x,0}}.
{call_ext_only,1,{extfunc,erlang,get_module_info,1}}.
{function,module_info,1,19}.
{label,18}.
{line,[]}.
{func_info,{atom,str_conversions},{atom,module_info},1}.
{label,19}.
{move,{x,0},{x,1}}.
{move,{atom,str_conversions},{x,0}}.
{call_ext_only,2,{extfunc,erlang,get_module_info,2}}.
