"""Care in a case: providers' involvements with their direction arrangement, evaluations, and the waakvlam.

The case window shows :class:`~ui.care.involvements_tab.InvolvementsTab` ("Hulp"),
:class:`~ui.care.evaluations_tab.EvaluationsTab` and :class:`~ui.care.waakvlam_tab.WaakvlamTab`.
"""
