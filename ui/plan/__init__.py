"""The family plan (gezinsplan) of a case: texts in the family's words, SMART goals, actions, versions."""
